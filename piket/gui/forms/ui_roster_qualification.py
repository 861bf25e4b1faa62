# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roster_qualification.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QSizePolicy, QVBoxLayout, QWidget)
class Ui_RosterQualificationDialog(object):
    def setupUi(self, RosterQualificationDialog):
        if not RosterQualificationDialog.objectName():
            RosterQualificationDialog.setObjectName(u"RosterQualificationDialog")
        RosterQualificationDialog.resize(420, 180)
        self.layout = QVBoxLayout(RosterQualificationDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.functionLabel = QLabel(RosterQualificationDialog)
        self.functionLabel.setObjectName(u"functionLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.functionLabel)

        self.function = QComboBox(RosterQualificationDialog)
        self.function.setObjectName(u"function")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.function)

        self.untilLabel = QLabel(RosterQualificationDialog)
        self.untilLabel.setObjectName(u"untilLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.untilLabel)

        self.validUntil = QDateEdit(RosterQualificationDialog)
        self.validUntil.setObjectName(u"validUntil")
        self.validUntil.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.validUntil)

        self.noExpiry = QCheckBox(RosterQualificationDialog)
        self.noExpiry.setObjectName(u"noExpiry")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noExpiry)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(RosterQualificationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.functionLabel.setBuddy(self.function)
        self.untilLabel.setBuddy(self.validUntil)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.function, self.validUntil)
        QWidget.setTabOrder(self.validUntil, self.noExpiry)
        QWidget.setTabOrder(self.noExpiry, self.buttons)

        self.retranslateUi(RosterQualificationDialog)
        self.buttons.accepted.connect(RosterQualificationDialog.accept)
        self.buttons.rejected.connect(RosterQualificationDialog.reject)
        self.noExpiry.toggled.connect(self.validUntil.setDisabled)

        QMetaObject.connectSlotsByName(RosterQualificationDialog)
    # setupUi

    def retranslateUi(self, RosterQualificationDialog):
        RosterQualificationDialog.setWindowTitle(QCoreApplication.translate("RosterQualificationDialog", u"Vakbekwaamheid", None))
        self.functionLabel.setText(QCoreApplication.translate("RosterQualificationDialog", u"&Functie", None))
        self.untilLabel.setText(QCoreApplication.translate("RosterQualificationDialog", u"&Geldig tot en met", None))
        self.validUntil.setDisplayFormat(QCoreApplication.translate("RosterQualificationDialog", u"dd-MM-yyyy", None))
        self.noExpiry.setText(QCoreApplication.translate("RosterQualificationDialog", u"Geen verval&datum bekend", None))
    # retranslateUi

