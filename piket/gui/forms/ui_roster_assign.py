# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roster_assign.ui'
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
class Ui_RosterAssignDialog(object):
    def setupUi(self, RosterAssignDialog):
        if not RosterAssignDialog.objectName():
            RosterAssignDialog.setObjectName(u"RosterAssignDialog")
        RosterAssignDialog.resize(460, 260)
        self.layout = QVBoxLayout(RosterAssignDialog)
        self.layout.setObjectName(u"layout")
        self.shiftLabel = QLabel(RosterAssignDialog)
        self.shiftLabel.setObjectName(u"shiftLabel")
        self.shiftLabel.setWordWrap(True)

        self.layout.addWidget(self.shiftLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.personLabel = QLabel(RosterAssignDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.person = QComboBox(RosterAssignDialog)
        self.person.setObjectName(u"person")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.person)

        self.reasonLabel = QLabel(RosterAssignDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QLineEdit(RosterAssignDialog)
        self.reason.setObjectName(u"reason")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason)


        self.layout.addLayout(self.form)

        self.problems = QLabel(RosterAssignDialog)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)

        self.layout.addWidget(self.problems)

        self.force = QCheckBox(RosterAssignDialog)
        self.force.setObjectName(u"force")

        self.layout.addWidget(self.force)

        self.buttons = QDialogButtonBox(RosterAssignDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.person)
        self.reasonLabel.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.person, self.reason)
        QWidget.setTabOrder(self.reason, self.force)
        QWidget.setTabOrder(self.force, self.buttons)

        self.retranslateUi(RosterAssignDialog)
        self.buttons.accepted.connect(RosterAssignDialog.accept)
        self.buttons.rejected.connect(RosterAssignDialog.reject)

        QMetaObject.connectSlotsByName(RosterAssignDialog)
    # setupUi

    def retranslateUi(self, RosterAssignDialog):
        RosterAssignDialog.setWindowTitle(QCoreApplication.translate("RosterAssignDialog", u"Dienst toewijzen", None))
        self.shiftLabel.setText(QCoreApplication.translate("RosterAssignDialog", u"Dienst", None))
        self.personLabel.setText(QCoreApplication.translate("RosterAssignDialog", u"&Persoon", None))
        self.reasonLabel.setText(QCoreApplication.translate("RosterAssignDialog", u"&Reden", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("RosterAssignDialog", u"waarom (verplicht bij 'toch toewijzen')", None))
        self.problems.setStyleSheet(QCoreApplication.translate("RosterAssignDialog", u"color: #c1121f;", None))
        self.force.setText(QCoreApplication.translate("RosterAssignDialog", u"&Toch toewijzen (wordt vastgelegd met de reden)", None))
    # retranslateUi

