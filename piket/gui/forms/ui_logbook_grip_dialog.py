# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'logbook_grip_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QGridLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_LogbookGripDialog(object):
    def setupUi(self, LogbookGripDialog):
        if not LogbookGripDialog.objectName():
            LogbookGripDialog.setObjectName(u"LogbookGripDialog")
        LogbookGripDialog.resize(520, 300)
        self.layout = QVBoxLayout(LogbookGripDialog)
        self.layout.setObjectName(u"layout")
        self.fields = QGridLayout()
        self.fields.setObjectName(u"fields")
        self.currentLabelLabel = QLabel(LogbookGripDialog)
        self.currentLabelLabel.setObjectName(u"currentLabelLabel")

        self.fields.addWidget(self.currentLabelLabel, 0, 0, 1, 1)

        self.currentLabel = QLabel(LogbookGripDialog)
        self.currentLabel.setObjectName(u"currentLabel")

        self.fields.addWidget(self.currentLabel, 0, 1, 1, 1)

        self.levelComboLabel = QLabel(LogbookGripDialog)
        self.levelComboLabel.setObjectName(u"levelComboLabel")

        self.fields.addWidget(self.levelComboLabel, 1, 0, 1, 1)

        self.levelCombo = QComboBox(LogbookGripDialog)
        self.levelCombo.setObjectName(u"levelCombo")

        self.fields.addWidget(self.levelCombo, 1, 1, 1, 1)

        self.reasonEditLabel = QLabel(LogbookGripDialog)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.fields.addWidget(self.reasonEditLabel, 2, 0, 1, 1)

        self.reasonEdit = QLineEdit(LogbookGripDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.fields.addWidget(self.reasonEdit, 2, 1, 1, 1)

        self.atEditLabel = QLabel(LogbookGripDialog)
        self.atEditLabel.setObjectName(u"atEditLabel")

        self.fields.addWidget(self.atEditLabel, 3, 0, 1, 1)

        self.atEdit = QDateTimeEdit(LogbookGripDialog)
        self.atEdit.setObjectName(u"atEdit")
        self.atEdit.setCalendarPopup(True)

        self.fields.addWidget(self.atEdit, 3, 1, 1, 1)

        self.teamsLabel = QLabel(LogbookGripDialog)
        self.teamsLabel.setObjectName(u"teamsLabel")
        self.teamsLabel.setWordWrap(True)
        self.teamsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.fields.addWidget(self.teamsLabel, 4, 0, 1, 2)


        self.layout.addLayout(self.fields)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(LogbookGripDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.currentLabelLabel.setBuddy(self.currentLabel)
        self.levelComboLabel.setBuddy(self.levelCombo)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
        self.atEditLabel.setBuddy(self.atEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.levelCombo, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.atEdit)

        self.retranslateUi(LogbookGripDialog)
        self.buttonBox.accepted.connect(LogbookGripDialog.accept)
        self.buttonBox.rejected.connect(LogbookGripDialog.reject)

        QMetaObject.connectSlotsByName(LogbookGripDialog)
    # setupUi

    def retranslateUi(self, LogbookGripDialog):
        LogbookGripDialog.setWindowTitle(QCoreApplication.translate("LogbookGripDialog", u"GRIP-niveau wijzigen", None))
        self.currentLabelLabel.setText(QCoreApplication.translate("LogbookGripDialog", u"Nu", None))
        self.levelComboLabel.setText(QCoreApplication.translate("LogbookGripDialog", u"&Nieuw niveau", None))
        self.reasonEditLabel.setText(QCoreApplication.translate("LogbookGripDialog", u"&Reden", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("LogbookGripDialog", u"wie heeft afgekondigd, waarom", None))
        self.atEditLabel.setText(QCoreApplication.translate("LogbookGripDialog", u"&Afgekondigd om", None))
        self.atEdit.setDisplayFormat(QCoreApplication.translate("LogbookGripDialog", u"dd-MM-yyyy HH:mm", None))
    # retranslateUi

