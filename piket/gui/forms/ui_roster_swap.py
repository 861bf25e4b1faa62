# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roster_swap.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)
class Ui_RosterSwapDialog(object):
    def setupUi(self, RosterSwapDialog):
        if not RosterSwapDialog.objectName():
            RosterSwapDialog.setObjectName(u"RosterSwapDialog")
        RosterSwapDialog.resize(460, 220)
        self.layout = QVBoxLayout(RosterSwapDialog)
        self.layout.setObjectName(u"layout")
        self.shiftLabel = QLabel(RosterSwapDialog)
        self.shiftLabel.setObjectName(u"shiftLabel")
        self.shiftLabel.setWordWrap(True)

        self.layout.addWidget(self.shiftLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.otherLabel = QLabel(RosterSwapDialog)
        self.otherLabel.setObjectName(u"otherLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.otherLabel)

        self.other = QComboBox(RosterSwapDialog)
        self.other.setObjectName(u"other")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.other)

        self.reasonLabel = QLabel(RosterSwapDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QLineEdit(RosterSwapDialog)
        self.reason.setObjectName(u"reason")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason)


        self.layout.addLayout(self.form)

        self.force = QCheckBox(RosterSwapDialog)
        self.force.setObjectName(u"force")

        self.layout.addWidget(self.force)

        self.buttons = QDialogButtonBox(RosterSwapDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.otherLabel.setBuddy(self.other)
        self.reasonLabel.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.other, self.reason)
        QWidget.setTabOrder(self.reason, self.force)
        QWidget.setTabOrder(self.force, self.buttons)

        self.retranslateUi(RosterSwapDialog)
        self.buttons.accepted.connect(RosterSwapDialog.accept)
        self.buttons.rejected.connect(RosterSwapDialog.reject)

        QMetaObject.connectSlotsByName(RosterSwapDialog)
    # setupUi

    def retranslateUi(self, RosterSwapDialog):
        RosterSwapDialog.setWindowTitle(QCoreApplication.translate("RosterSwapDialog", u"Diensten ruilen", None))
        self.shiftLabel.setText(QCoreApplication.translate("RosterSwapDialog", u"Dienst", None))
        self.otherLabel.setText(QCoreApplication.translate("RosterSwapDialog", u"Ruilen &met", None))
        self.reasonLabel.setText(QCoreApplication.translate("RosterSwapDialog", u"&Reden", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("RosterSwapDialog", u"bv. ruil op verzoek van beiden", None))
        self.force.setText(QCoreApplication.translate("RosterSwapDialog", u"&Toch ruilen, ook als iemand dan afwezig of niet vakbekwaam is", None))
    # retranslateUi

