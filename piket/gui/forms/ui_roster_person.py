# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roster_person.ui'
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
    QDialogButtonBox, QFormLayout, QGridLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)
class Ui_RosterPersonDialog(object):
    def setupUi(self, RosterPersonDialog):
        if not RosterPersonDialog.objectName():
            RosterPersonDialog.setObjectName(u"RosterPersonDialog")
        RosterPersonDialog.resize(780, 540)
        self.layout = QVBoxLayout(RosterPersonDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(RosterPersonDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(RosterPersonDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.phoneLabel = QLabel(RosterPersonDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(RosterPersonDialog)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phone)

        self.emailLabel = QLabel(RosterPersonDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(RosterPersonDialog)
        self.email.setObjectName(u"email")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.email)

        self.municipalityLabel = QLabel(RosterPersonDialog)
        self.municipalityLabel.setObjectName(u"municipalityLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.municipalityLabel)

        self.municipality = QComboBox(RosterPersonDialog)
        self.municipality.setObjectName(u"municipality")
        self.municipality.setEditable(True)
        self.municipality.setInsertPolicy(QComboBox.NoInsert)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.municipality)


        self.layout.addLayout(self.form)

        self.lists = QGridLayout()
        self.lists.setObjectName(u"lists")
        self.functionsLabel = QLabel(RosterPersonDialog)
        self.functionsLabel.setObjectName(u"functionsLabel")

        self.lists.addWidget(self.functionsLabel, 0, 0, 1, 1)

        self.poolsLabel = QLabel(RosterPersonDialog)
        self.poolsLabel.setObjectName(u"poolsLabel")

        self.lists.addWidget(self.poolsLabel, 0, 1, 1, 1)

        self.functions = QListWidget(RosterPersonDialog)
        self.functions.setObjectName(u"functions")

        self.lists.addWidget(self.functions, 1, 0, 1, 1)

        self.pools = QListWidget(RosterPersonDialog)
        self.pools.setObjectName(u"pools")

        self.lists.addWidget(self.pools, 1, 1, 1, 1)


        self.layout.addLayout(self.lists)

        self.note = QLabel(RosterPersonDialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.layout.addWidget(self.note)

        self.error = QLabel(RosterPersonDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(RosterPersonDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.phoneLabel.setBuddy(self.phone)
        self.emailLabel.setBuddy(self.email)
        self.municipalityLabel.setBuddy(self.municipality)
        self.functionsLabel.setBuddy(self.functions)
        self.poolsLabel.setBuddy(self.pools)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.phone)
        QWidget.setTabOrder(self.phone, self.email)
        QWidget.setTabOrder(self.email, self.municipality)
        QWidget.setTabOrder(self.municipality, self.functions)
        QWidget.setTabOrder(self.functions, self.pools)
        QWidget.setTabOrder(self.pools, self.buttons)

        self.retranslateUi(RosterPersonDialog)
        self.buttons.accepted.connect(RosterPersonDialog.accept)
        self.buttons.rejected.connect(RosterPersonDialog.reject)

        QMetaObject.connectSlotsByName(RosterPersonDialog)
    # setupUi

    def retranslateUi(self, RosterPersonDialog):
        RosterPersonDialog.setWindowTitle(QCoreApplication.translate("RosterPersonDialog", u"Persoon", None))
        self.nameLabel.setText(QCoreApplication.translate("RosterPersonDialog", u"&Naam", None))
        self.name.setPlaceholderText(QCoreApplication.translate("RosterPersonDialog", u"voornaam en achternaam", None))
        self.phoneLabel.setText(QCoreApplication.translate("RosterPersonDialog", u"&Telefoon", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("RosterPersonDialog", u"06-12345678", None))
        self.emailLabel.setText(QCoreApplication.translate("RosterPersonDialog", u"&E-mail", None))
        self.email.setPlaceholderText(QCoreApplication.translate("RosterPersonDialog", u"naam@almere.nl", None))
        self.municipalityLabel.setText(QCoreApplication.translate("RosterPersonDialog", u"&Gemeente", None))
        self.functionsLabel.setText(QCoreApplication.translate("RosterPersonDialog", u"&Functies (spatie vinkt aan)", None))
        self.poolsLabel.setText(QCoreApplication.translate("RosterPersonDialog", u"&Pools", None))
        self.note.setText(QCoreApplication.translate("RosterPersonDialog", u"Een pool vraagt zijn functie: die wordt aangevinkt met de pool. Een weggehaalde functie verliest haar vakbekwaamheid.", None))
        self.note.setStyleSheet(QCoreApplication.translate("RosterPersonDialog", u"color: #555;", None))
        self.error.setStyleSheet(QCoreApplication.translate("RosterPersonDialog", u"color: #c1121f; font-weight: 600;", None))
    # retranslateUi

