# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'events_edit.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateTimeEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_EventDialog(object):
    def setupUi(self, EventDialog):
        if not EventDialog.objectName():
            EventDialog.setObjectName(u"EventDialog")
        EventDialog.resize(520, 620)
        self.layout = QVBoxLayout(EventDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.label_name = QLabel(EventDialog)
        self.label_name.setObjectName(u"label_name")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_name)

        self.name = QLineEdit(EventDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.label_organiser = QLabel(EventDialog)
        self.label_organiser.setObjectName(u"label_organiser")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_organiser)

        self.organiser = QLineEdit(EventDialog)
        self.organiser.setObjectName(u"organiser")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organiser)

        self.label_contact = QLabel(EventDialog)
        self.label_contact.setObjectName(u"label_contact")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_contact)

        self.contact = QLineEdit(EventDialog)
        self.contact.setObjectName(u"contact")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contact)

        self.label_location = QLabel(EventDialog)
        self.label_location.setObjectName(u"label_location")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_location)

        self.location = QLineEdit(EventDialog)
        self.location.setObjectName(u"location")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.location)

        self.label_start = QLabel(EventDialog)
        self.label_start.setObjectName(u"label_start")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_start)

        self.start = QDateTimeEdit(EventDialog)
        self.start.setObjectName(u"start")
        self.start.setCalendarPopup(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.start)

        self.label_end = QLabel(EventDialog)
        self.label_end.setObjectName(u"label_end")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_end)

        self.end = QDateTimeEdit(EventDialog)
        self.end.setObjectName(u"end")
        self.end.setCalendarPopup(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.end)

        self.label_buildup = QLabel(EventDialog)
        self.label_buildup.setObjectName(u"label_buildup")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_buildup)

        self.buildup = QLineEdit(EventDialog)
        self.buildup.setObjectName(u"buildup")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.buildup)

        self.label_teardown = QLabel(EventDialog)
        self.label_teardown.setObjectName(u"label_teardown")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_teardown)

        self.teardown = QLineEdit(EventDialog)
        self.teardown.setObjectName(u"teardown")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.teardown)

        self.label_visitors = QLabel(EventDialog)
        self.label_visitors.setObjectName(u"label_visitors")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_visitors)

        self.visitors = QLineEdit(EventDialog)
        self.visitors.setObjectName(u"visitors")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.visitors)

        self.label_peak = QLabel(EventDialog)
        self.label_peak.setObjectName(u"label_peak")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.label_peak)

        self.peak = QLineEdit(EventDialog)
        self.peak.setObjectName(u"peak")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.peak)

        self.label_area = QLabel(EventDialog)
        self.label_area.setObjectName(u"label_area")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.label_area)

        self.area = QLineEdit(EventDialog)
        self.area.setObjectName(u"area")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.area)

        self.label_permit = QLabel(EventDialog)
        self.label_permit.setObjectName(u"label_permit")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.label_permit)

        self.permit = QLineEdit(EventDialog)
        self.permit.setObjectName(u"permit")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.permit)

        self.label_notes = QLabel(EventDialog)
        self.label_notes.setObjectName(u"label_notes")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.label_notes)

        self.notes = QPlainTextEdit(EventDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.notes)

        self.label_evaluation = QLabel(EventDialog)
        self.label_evaluation.setObjectName(u"label_evaluation")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.label_evaluation)

        self.evaluation = QPlainTextEdit(EventDialog)
        self.evaluation.setObjectName(u"evaluation")
        self.evaluation.setTabChangesFocus(True)

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.evaluation)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(EventDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_name.setBuddy(self.name)
        self.label_organiser.setBuddy(self.organiser)
        self.label_contact.setBuddy(self.contact)
        self.label_location.setBuddy(self.location)
        self.label_start.setBuddy(self.start)
        self.label_end.setBuddy(self.end)
        self.label_buildup.setBuddy(self.buildup)
        self.label_teardown.setBuddy(self.teardown)
        self.label_visitors.setBuddy(self.visitors)
        self.label_peak.setBuddy(self.peak)
        self.label_area.setBuddy(self.area)
        self.label_permit.setBuddy(self.permit)
        self.label_notes.setBuddy(self.notes)
        self.label_evaluation.setBuddy(self.evaluation)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.organiser)
        QWidget.setTabOrder(self.organiser, self.contact)
        QWidget.setTabOrder(self.contact, self.location)
        QWidget.setTabOrder(self.location, self.start)
        QWidget.setTabOrder(self.start, self.end)
        QWidget.setTabOrder(self.end, self.buildup)
        QWidget.setTabOrder(self.buildup, self.teardown)
        QWidget.setTabOrder(self.teardown, self.visitors)
        QWidget.setTabOrder(self.visitors, self.peak)
        QWidget.setTabOrder(self.peak, self.area)
        QWidget.setTabOrder(self.area, self.permit)
        QWidget.setTabOrder(self.permit, self.notes)
        QWidget.setTabOrder(self.notes, self.evaluation)
        QWidget.setTabOrder(self.evaluation, self.buttons)

        self.retranslateUi(EventDialog)
        self.buttons.accepted.connect(EventDialog.accept)
        self.buttons.rejected.connect(EventDialog.reject)

        QMetaObject.connectSlotsByName(EventDialog)
    # setupUi

    def retranslateUi(self, EventDialog):
        EventDialog.setWindowTitle(QCoreApplication.translate("EventDialog", u"Evenement", None))
        self.label_name.setText(QCoreApplication.translate("EventDialog", u"&Naam", None))
        self.name.setPlaceholderText(QCoreApplication.translate("EventDialog", u"bv. Koningsdag Almere", None))
        self.label_organiser.setText(QCoreApplication.translate("EventDialog", u"&Organisator", None))
        self.label_contact.setText(QCoreApplication.translate("EventDialog", u"&Contact", None))
        self.contact.setPlaceholderText(QCoreApplication.translate("EventDialog", u"naam en telefoon", None))
        self.label_location.setText(QCoreApplication.translate("EventDialog", u"&Locatie", None))
        self.location.setPlaceholderText(QCoreApplication.translate("EventDialog", u"bv. Esplanade", None))
        self.label_start.setText(QCoreApplication.translate("EventDialog", u"&Start", None))
        self.start.setDisplayFormat(QCoreApplication.translate("EventDialog", u"dd-MM-yyyy HH:mm", None))
        self.label_end.setText(QCoreApplication.translate("EventDialog", u"&Einde", None))
        self.end.setDisplayFormat(QCoreApplication.translate("EventDialog", u"dd-MM-yyyy HH:mm", None))
        self.label_buildup.setText(QCoreApplication.translate("EventDialog", u"Op&bouw vanaf", None))
        self.buildup.setPlaceholderText(QCoreApplication.translate("EventDialog", u"leeg, of bv. 2027-04-26 08:00", None))
        self.label_teardown.setText(QCoreApplication.translate("EventDialog", u"&Afbouw tot", None))
        self.teardown.setPlaceholderText(QCoreApplication.translate("EventDialog", u"leeg, of bv. 2027-04-28 12:00", None))
        self.label_visitors.setText(QCoreApplication.translate("EventDialog", u"Bezoekers &totaal", None))
        self.visitors.setPlaceholderText(QCoreApplication.translate("EventDialog", u"verwacht aantal, leeg = onbekend", None))
        self.label_peak.setText(QCoreApplication.translate("EventDialog", u"Bezoekers te&gelijk", None))
        self.peak.setPlaceholderText(QCoreApplication.translate("EventDialog", u"op het drukste moment", None))
        self.label_area.setText(QCoreApplication.translate("EventDialog", u"Opper&vlakte (m\u00b2)", None))
        self.area.setPlaceholderText(QCoreApplication.translate("EventDialog", u"voor bezoekers beschikbaar", None))
        self.label_permit.setText(QCoreApplication.translate("EventDialog", u"Vergunnings&kenmerk", None))
        self.label_notes.setText(QCoreApplication.translate("EventDialog", u"Op&merkingen", None))
        self.label_evaluation.setText(QCoreApplication.translate("EventDialog", u"Evaluat&ie", None))
    # retranslateUi

