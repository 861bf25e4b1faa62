# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roster_absence.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)
class Ui_RosterAbsenceDialog(object):
    def setupUi(self, RosterAbsenceDialog):
        if not RosterAbsenceDialog.objectName():
            RosterAbsenceDialog.setObjectName(u"RosterAbsenceDialog")
        RosterAbsenceDialog.resize(400, 200)
        self.layout = QVBoxLayout(RosterAbsenceDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.fromLabel = QLabel(RosterAbsenceDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.start = QDateEdit(RosterAbsenceDialog)
        self.start.setObjectName(u"start")
        self.start.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.start)

        self.toLabel = QLabel(RosterAbsenceDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.end = QDateEdit(RosterAbsenceDialog)
        self.end.setObjectName(u"end")
        self.end.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.end)

        self.reasonLabel = QLabel(RosterAbsenceDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QComboBox(RosterAbsenceDialog)
        self.reason.addItem("")
        self.reason.addItem("")
        self.reason.addItem("")
        self.reason.addItem("")
        self.reason.setObjectName(u"reason")
        self.reason.setEditable(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason)


        self.layout.addLayout(self.form)

        self.note = QLabel(RosterAbsenceDialog)
        self.note.setObjectName(u"note")

        self.layout.addWidget(self.note)

        self.buttons = QDialogButtonBox(RosterAbsenceDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.start)
        self.toLabel.setBuddy(self.end)
        self.reasonLabel.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.start, self.end)
        QWidget.setTabOrder(self.end, self.reason)
        QWidget.setTabOrder(self.reason, self.buttons)

        self.retranslateUi(RosterAbsenceDialog)
        self.buttons.accepted.connect(RosterAbsenceDialog.accept)
        self.buttons.rejected.connect(RosterAbsenceDialog.reject)

        QMetaObject.connectSlotsByName(RosterAbsenceDialog)
    # setupUi

    def retranslateUi(self, RosterAbsenceDialog):
        RosterAbsenceDialog.setWindowTitle(QCoreApplication.translate("RosterAbsenceDialog", u"Afwezigheid", None))
        self.fromLabel.setText(QCoreApplication.translate("RosterAbsenceDialog", u"&Van", None))
        self.start.setDisplayFormat(QCoreApplication.translate("RosterAbsenceDialog", u"dd-MM-yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("RosterAbsenceDialog", u"&Tot en met", None))
        self.end.setDisplayFormat(QCoreApplication.translate("RosterAbsenceDialog", u"dd-MM-yyyy", None))
        self.reasonLabel.setText(QCoreApplication.translate("RosterAbsenceDialog", u"&Soort", None))
        self.reason.setItemText(0, QCoreApplication.translate("RosterAbsenceDialog", u"verlof", None))
        self.reason.setItemText(1, QCoreApplication.translate("RosterAbsenceDialog", u"cursus", None))
        self.reason.setItemText(2, QCoreApplication.translate("RosterAbsenceDialog", u"buitenland", None))
        self.reason.setItemText(3, QCoreApplication.translate("RosterAbsenceDialog", u"anders", None))

        self.note.setText(QCoreApplication.translate("RosterAbsenceDialog", u"Geen medische redenen vastleggen.", None))
        self.note.setStyleSheet(QCoreApplication.translate("RosterAbsenceDialog", u"color: #555;", None))
    # retranslateUi

