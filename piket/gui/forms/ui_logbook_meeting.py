# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'logbook_meeting.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_LogbookMeetingDialog(object):
    def setupUi(self, LogbookMeetingDialog):
        if not LogbookMeetingDialog.objectName():
            LogbookMeetingDialog.setObjectName(u"LogbookMeetingDialog")
        LogbookMeetingDialog.resize(560, 360)
        self.layout = QVBoxLayout(LogbookMeetingDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(LogbookMeetingDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.teamComboLabel = QLabel(LogbookMeetingDialog)
        self.teamComboLabel.setObjectName(u"teamComboLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.teamComboLabel)

        self.teamCombo = QComboBox(LogbookMeetingDialog)
        self.teamCombo.setObjectName(u"teamCombo")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.teamCombo)

        self.chairEditLabel = QLabel(LogbookMeetingDialog)
        self.chairEditLabel.setObjectName(u"chairEditLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.chairEditLabel)

        self.chairEdit = QLineEdit(LogbookMeetingDialog)
        self.chairEdit.setObjectName(u"chairEdit")
        self.chairEdit.setMaxLength(200)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.chairEdit)

        self.agendaEditLabel = QLabel(LogbookMeetingDialog)
        self.agendaEditLabel.setObjectName(u"agendaEditLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.agendaEditLabel)

        self.agendaEdit = QPlainTextEdit(LogbookMeetingDialog)
        self.agendaEdit.setObjectName(u"agendaEdit")
        self.agendaEdit.setTabChangesFocus(True)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.agendaEdit)


        self.layout.addLayout(self.fields)

        self.error = QLabel(LogbookMeetingDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.error)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.keysLabel = QLabel(LogbookMeetingDialog)
        self.keysLabel.setObjectName(u"keysLabel")

        self.bottom.addWidget(self.keysLabel)

        self.buttonBox = QDialogButtonBox(LogbookMeetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.bottom.addWidget(self.buttonBox)


        self.layout.addLayout(self.bottom)

#if QT_CONFIG(shortcut)
        self.teamComboLabel.setBuddy(self.teamCombo)
        self.chairEditLabel.setBuddy(self.chairEdit)
        self.agendaEditLabel.setBuddy(self.agendaEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.teamCombo, self.chairEdit)
        QWidget.setTabOrder(self.chairEdit, self.agendaEdit)
        QWidget.setTabOrder(self.agendaEdit, self.buttonBox)

        self.retranslateUi(LogbookMeetingDialog)
        self.buttonBox.accepted.connect(LogbookMeetingDialog.accept)
        self.buttonBox.rejected.connect(LogbookMeetingDialog.reject)

        QMetaObject.connectSlotsByName(LogbookMeetingDialog)
    # setupUi

    def retranslateUi(self, LogbookMeetingDialog):
        LogbookMeetingDialog.setWindowTitle(QCoreApplication.translate("LogbookMeetingDialog", u"Overleg openen", None))
        self.intro.setText(QCoreApplication.translate("LogbookMeetingDialog", u"Regels die je hierna invoert komen in het verslag van dit overleg (beeld, oordeel, besluit, acties), tot je het sluit met Ctrl+Shift+O.", None))
        self.intro.setStyleSheet(QCoreApplication.translate("LogbookMeetingDialog", u"color: #555;", None))
        self.teamComboLabel.setText(QCoreApplication.translate("LogbookMeetingDialog", u"&Team", None))
        self.chairEditLabel.setText(QCoreApplication.translate("LogbookMeetingDialog", u"&Voorzitter", None))
        self.chairEdit.setPlaceholderText(QCoreApplication.translate("LogbookMeetingDialog", u"naam of functie, bv. Leider CoPI", None))
        self.agendaEditLabel.setText(QCoreApplication.translate("LogbookMeetingDialog", u"&Agenda", None))
        self.agendaEdit.setPlaceholderText(QCoreApplication.translate("LogbookMeetingDialog", u"optioneel, bv. beeld \u2013 oordeel \u2013 besluiten \u2013 volgend overleg", None))
        self.error.setStyleSheet(QCoreApplication.translate("LogbookMeetingDialog", u"color: #c1121f; font-weight: 600;", None))
        self.keysLabel.setText(QCoreApplication.translate("LogbookMeetingDialog", u"Enter: volgend veld \u00b7 Ctrl+Enter: openen \u00b7 Esc: annuleren", None))
        self.keysLabel.setStyleSheet(QCoreApplication.translate("LogbookMeetingDialog", u"color: #555;", None))
    # retranslateUi

