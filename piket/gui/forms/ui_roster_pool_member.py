# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roster_pool_member.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)
class Ui_RosterPoolMemberDialog(object):
    def setupUi(self, RosterPoolMemberDialog):
        if not RosterPoolMemberDialog.objectName():
            RosterPoolMemberDialog.setObjectName(u"RosterPoolMemberDialog")
        RosterPoolMemberDialog.resize(520, 170)
        self.layout = QVBoxLayout(RosterPoolMemberDialog)
        self.layout.setObjectName(u"layout")
        self.poolLabel = QLabel(RosterPoolMemberDialog)
        self.poolLabel.setObjectName(u"poolLabel")
        self.poolLabel.setWordWrap(True)
        self.poolLabel.setTextFormat(Qt.RichText)

        self.layout.addWidget(self.poolLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.personLabel = QLabel(RosterPoolMemberDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.person = QComboBox(RosterPoolMemberDialog)
        self.person.setObjectName(u"person")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.person)


        self.layout.addLayout(self.form)

        self.error = QLabel(RosterPoolMemberDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.error)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.stretch)

        self.buttons = QDialogButtonBox(RosterPoolMemberDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.person)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.person, self.buttons)

        self.retranslateUi(RosterPoolMemberDialog)
        self.buttons.accepted.connect(RosterPoolMemberDialog.accept)
        self.buttons.rejected.connect(RosterPoolMemberDialog.reject)

        QMetaObject.connectSlotsByName(RosterPoolMemberDialog)
    # setupUi

    def retranslateUi(self, RosterPoolMemberDialog):
        RosterPoolMemberDialog.setWindowTitle(QCoreApplication.translate("RosterPoolMemberDialog", u"Lid toevoegen", None))
        self.personLabel.setText(QCoreApplication.translate("RosterPoolMemberDialog", u"&Persoon", None))
        self.error.setStyleSheet(QCoreApplication.translate("RosterPoolMemberDialog", u"color: #c1121f; font-weight: 600;", None))
    # retranslateUi

