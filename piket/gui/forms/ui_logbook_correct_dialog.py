# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'logbook_correct_dialog.ui'
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
    QGridLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LogbookCorrectDialog(object):
    def setupUi(self, LogbookCorrectDialog):
        if not LogbookCorrectDialog.objectName():
            LogbookCorrectDialog.setObjectName(u"LogbookCorrectDialog")
        LogbookCorrectDialog.resize(560, 300)
        self.layout = QVBoxLayout(LogbookCorrectDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(LogbookCorrectDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.fields = QGridLayout()
        self.fields.setObjectName(u"fields")
        self.originalLabelLabel = QLabel(LogbookCorrectDialog)
        self.originalLabelLabel.setObjectName(u"originalLabelLabel")

        self.fields.addWidget(self.originalLabelLabel, 0, 0, 1, 1)

        self.originalLabel = QLabel(LogbookCorrectDialog)
        self.originalLabel.setObjectName(u"originalLabel")
        self.originalLabel.setWordWrap(True)

        self.fields.addWidget(self.originalLabel, 0, 1, 1, 1)

        self.textEditLabel = QLabel(LogbookCorrectDialog)
        self.textEditLabel.setObjectName(u"textEditLabel")

        self.fields.addWidget(self.textEditLabel, 1, 0, 1, 1)

        self.textEdit = QPlainTextEdit(LogbookCorrectDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.fields.addWidget(self.textEdit, 1, 1, 1, 1)

        self.reasonEditLabel = QLabel(LogbookCorrectDialog)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.fields.addWidget(self.reasonEditLabel, 2, 0, 1, 1)

        self.reasonEdit = QLineEdit(LogbookCorrectDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.fields.addWidget(self.reasonEdit, 2, 1, 1, 1)


        self.layout.addLayout(self.fields)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(LogbookCorrectDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.originalLabelLabel.setBuddy(self.originalLabel)
        self.textEditLabel.setBuddy(self.textEdit)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.textEdit, self.reasonEdit)

        self.retranslateUi(LogbookCorrectDialog)
        self.buttonBox.accepted.connect(LogbookCorrectDialog.accept)
        self.buttonBox.rejected.connect(LogbookCorrectDialog.reject)

        QMetaObject.connectSlotsByName(LogbookCorrectDialog)
    # setupUi

    def retranslateUi(self, LogbookCorrectDialog):
        LogbookCorrectDialog.setWindowTitle(QCoreApplication.translate("LogbookCorrectDialog", u"Regel corrigeren", None))
        self.intro.setText(QCoreApplication.translate("LogbookCorrectDialog", u"De oorspronkelijke regel blijft staan (doorgehaald); de correctie komt erbij als nieuwe regel.", None))
        self.originalLabelLabel.setText(QCoreApplication.translate("LogbookCorrectDialog", u"Oorspronkelijk", None))
        self.textEditLabel.setText(QCoreApplication.translate("LogbookCorrectDialog", u"&Juiste tekst", None))
        self.reasonEditLabel.setText(QCoreApplication.translate("LogbookCorrectDialog", u"&Reden", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("LogbookCorrectDialog", u"verplicht: waarom deze correctie", None))
    # retranslateUi

