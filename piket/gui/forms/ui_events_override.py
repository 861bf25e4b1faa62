# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'events_override.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_OverrideDialog(object):
    def setupUi(self, OverrideDialog):
        if not OverrideDialog.objectName():
            OverrideDialog.setObjectName(u"OverrideDialog")
        OverrideDialog.resize(480, 300)
        self.layout = QVBoxLayout(OverrideDialog)
        self.layout.setObjectName(u"layout")
        self.scanInfo = QLabel(OverrideDialog)
        self.scanInfo.setObjectName(u"scanInfo")
        self.scanInfo.setWordWrap(True)

        self.layout.addWidget(self.scanInfo)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.label_riskClass = QLabel(OverrideDialog)
        self.label_riskClass.setObjectName(u"label_riskClass")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_riskClass)

        self.riskClass = QComboBox(OverrideDialog)
        self.riskClass.setObjectName(u"riskClass")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.riskClass)

        self.label_reason = QLabel(OverrideDialog)
        self.label_reason.setObjectName(u"label_reason")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_reason)

        self.reason = QPlainTextEdit(OverrideDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(OverrideDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_riskClass.setBuddy(self.riskClass)
        self.label_reason.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.riskClass, self.reason)
        QWidget.setTabOrder(self.reason, self.buttons)

        self.retranslateUi(OverrideDialog)
        self.buttons.accepted.connect(OverrideDialog.accept)
        self.buttons.rejected.connect(OverrideDialog.reject)

        QMetaObject.connectSlotsByName(OverrideDialog)
    # setupUi

    def retranslateUi(self, OverrideDialog):
        OverrideDialog.setWindowTitle(QCoreApplication.translate("OverrideDialog", u"Klasse vaststellen", None))
        self.label_riskClass.setText(QCoreApplication.translate("OverrideDialog", u"&Klasse", None))
        self.label_reason.setText(QCoreApplication.translate("OverrideDialog", u"&Motivering", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("OverrideDialog", u"Waarom wijkt de klasse af van de risicoscan? (verplicht)", None))
    # retranslateUi

