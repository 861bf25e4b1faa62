# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'logbook_status_dialog.ui'
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
    QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LogbookStatusDialog(object):
    def setupUi(self, LogbookStatusDialog):
        if not LogbookStatusDialog.objectName():
            LogbookStatusDialog.setObjectName(u"LogbookStatusDialog")
        LogbookStatusDialog.resize(480, 220)
        self.layout = QVBoxLayout(LogbookStatusDialog)
        self.layout.setObjectName(u"layout")
        self.fields = QGridLayout()
        self.fields.setObjectName(u"fields")
        self.actionLabelLabel = QLabel(LogbookStatusDialog)
        self.actionLabelLabel.setObjectName(u"actionLabelLabel")

        self.fields.addWidget(self.actionLabelLabel, 0, 0, 1, 1)

        self.actionLabel = QLabel(LogbookStatusDialog)
        self.actionLabel.setObjectName(u"actionLabel")
        self.actionLabel.setWordWrap(True)

        self.fields.addWidget(self.actionLabel, 0, 1, 1, 1)

        self.statusComboLabel = QLabel(LogbookStatusDialog)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.fields.addWidget(self.statusComboLabel, 1, 0, 1, 1)

        self.statusCombo = QComboBox(LogbookStatusDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.fields.addWidget(self.statusCombo, 1, 1, 1, 1)

        self.noteEditLabel = QLabel(LogbookStatusDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.fields.addWidget(self.noteEditLabel, 2, 0, 1, 1)

        self.noteEdit = QLineEdit(LogbookStatusDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.fields.addWidget(self.noteEdit, 2, 1, 1, 1)


        self.layout.addLayout(self.fields)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(LogbookStatusDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.actionLabelLabel.setBuddy(self.actionLabel)
        self.statusComboLabel.setBuddy(self.statusCombo)
        self.noteEditLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.statusCombo, self.noteEdit)

        self.retranslateUi(LogbookStatusDialog)
        self.buttonBox.accepted.connect(LogbookStatusDialog.accept)
        self.buttonBox.rejected.connect(LogbookStatusDialog.reject)

        QMetaObject.connectSlotsByName(LogbookStatusDialog)
    # setupUi

    def retranslateUi(self, LogbookStatusDialog):
        LogbookStatusDialog.setWindowTitle(QCoreApplication.translate("LogbookStatusDialog", u"Status van actie", None))
        self.actionLabelLabel.setText(QCoreApplication.translate("LogbookStatusDialog", u"Actie", None))
        self.statusComboLabel.setText(QCoreApplication.translate("LogbookStatusDialog", u"&Status", None))
        self.noteEditLabel.setText(QCoreApplication.translate("LogbookStatusDialog", u"&Toelichting", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("LogbookStatusDialog", u"optioneel", None))
    # retranslateUi

