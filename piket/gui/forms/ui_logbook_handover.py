# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'logbook_handover.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_LogbookHandoverDialog(object):
    def setupUi(self, LogbookHandoverDialog):
        if not LogbookHandoverDialog.objectName():
            LogbookHandoverDialog.setObjectName(u"LogbookHandoverDialog")
        LogbookHandoverDialog.resize(720, 640)
        self.layout = QVBoxLayout(LogbookHandoverDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(LogbookHandoverDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.fields = QGridLayout()
        self.fields.setObjectName(u"fields")
        self.outgoingEditLabel = QLabel(LogbookHandoverDialog)
        self.outgoingEditLabel.setObjectName(u"outgoingEditLabel")

        self.fields.addWidget(self.outgoingEditLabel, 0, 0, 1, 1)

        self.outgoingEdit = QLineEdit(LogbookHandoverDialog)
        self.outgoingEdit.setObjectName(u"outgoingEdit")

        self.fields.addWidget(self.outgoingEdit, 0, 1, 1, 1)

        self.incomingEditLabel = QLabel(LogbookHandoverDialog)
        self.incomingEditLabel.setObjectName(u"incomingEditLabel")

        self.fields.addWidget(self.incomingEditLabel, 1, 0, 1, 1)

        self.incomingEdit = QLineEdit(LogbookHandoverDialog)
        self.incomingEdit.setObjectName(u"incomingEdit")

        self.fields.addWidget(self.incomingEdit, 1, 1, 1, 1)

        self.confirmedEditLabel = QLabel(LogbookHandoverDialog)
        self.confirmedEditLabel.setObjectName(u"confirmedEditLabel")

        self.fields.addWidget(self.confirmedEditLabel, 2, 0, 1, 1)

        self.confirmedEdit = QLineEdit(LogbookHandoverDialog)
        self.confirmedEdit.setObjectName(u"confirmedEdit")

        self.fields.addWidget(self.confirmedEdit, 2, 1, 1, 1)


        self.layout.addLayout(self.fields)

        self.textEditLabel = QLabel(LogbookHandoverDialog)
        self.textEditLabel.setObjectName(u"textEditLabel")

        self.layout.addWidget(self.textEditLabel)

        self.textEdit = QPlainTextEdit(LogbookHandoverDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)
        self.textEdit.setMinimumSize(QSize(0, 320))

        self.layout.addWidget(self.textEdit)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.keysLabel = QLabel(LogbookHandoverDialog)
        self.keysLabel.setObjectName(u"keysLabel")

        self.bottom.addWidget(self.keysLabel)

        self.buttonBox = QDialogButtonBox(LogbookHandoverDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.bottom.addWidget(self.buttonBox)


        self.layout.addLayout(self.bottom)

#if QT_CONFIG(shortcut)
        self.outgoingEditLabel.setBuddy(self.outgoingEdit)
        self.incomingEditLabel.setBuddy(self.incomingEdit)
        self.confirmedEditLabel.setBuddy(self.confirmedEdit)
        self.textEditLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.outgoingEdit, self.incomingEdit)
        QWidget.setTabOrder(self.incomingEdit, self.confirmedEdit)
        QWidget.setTabOrder(self.confirmedEdit, self.textEdit)

        self.retranslateUi(LogbookHandoverDialog)
        self.buttonBox.accepted.connect(LogbookHandoverDialog.accept)
        self.buttonBox.rejected.connect(LogbookHandoverDialog.reject)

        QMetaObject.connectSlotsByName(LogbookHandoverDialog)
    # setupUi

    def retranslateUi(self, LogbookHandoverDialog):
        LogbookHandoverDialog.setWindowTitle(QCoreApplication.translate("LogbookHandoverDialog", u"Overdracht", None))
        self.intro.setText(QCoreApplication.translate("LogbookHandoverDialog", u"De samenvatting komt uit het logboek. Controleer en vul aan (openstaande besluiten, contacten, volgend overleg) en leg de overdracht vast als \u00e9\u00e9n logboekregel.", None))
        self.outgoingEditLabel.setText(QCoreApplication.translate("LogbookHandoverDialog", u"&Van (draagt over)", None))
        self.outgoingEdit.setPlaceholderText(QCoreApplication.translate("LogbookHandoverDialog", u"naam van wie overdraagt", None))
        self.incomingEditLabel.setText(QCoreApplication.translate("LogbookHandoverDialog", u"&Aan (neemt over)", None))
        self.incomingEdit.setPlaceholderText(QCoreApplication.translate("LogbookHandoverDialog", u"naam van wie overneemt", None))
        self.confirmedEditLabel.setText(QCoreApplication.translate("LogbookHandoverDialog", u"&Bevestigd door", None))
        self.confirmedEdit.setPlaceholderText(QCoreApplication.translate("LogbookHandoverDialog", u"optioneel: wie de overdracht bevestigt", None))
        self.textEditLabel.setText(QCoreApplication.translate("LogbookHandoverDialog", u"&Overdracht: beeld, risico's, besluiten, open acties, contacten, volgend overleg", None))
        self.keysLabel.setText(QCoreApplication.translate("LogbookHandoverDialog", u"Enter: volgend veld \u00b7 Ctrl+Enter: vastleggen \u00b7 Esc: annuleren", None))
    # retranslateUi

