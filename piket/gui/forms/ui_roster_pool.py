# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roster_pool.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QRadioButton, QSizePolicy, QSpacerItem,
    QTimeEdit, QVBoxLayout, QWidget)
class Ui_RosterPoolDialog(object):
    def setupUi(self, RosterPoolDialog):
        if not RosterPoolDialog.objectName():
            RosterPoolDialog.setObjectName(u"RosterPoolDialog")
        RosterPoolDialog.resize(560, 270)
        self.layout = QVBoxLayout(RosterPoolDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(RosterPoolDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(RosterPoolDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(100)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.functionLabel = QLabel(RosterPoolDialog)
        self.functionLabel.setObjectName(u"functionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.functionLabel)

        self.function = QComboBox(RosterPoolDialog)
        self.function.setObjectName(u"function")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.function)

        self.levelLabel = QLabel(RosterPoolDialog)
        self.levelLabel.setObjectName(u"levelLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.level = QComboBox(RosterPoolDialog)
        self.level.setObjectName(u"level")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.level)

        self.kindLabel = QLabel(RosterPoolDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindRow = QHBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.hard = QRadioButton(RosterPoolDialog)
        self.hard.setObjectName(u"hard")
        self.hard.setChecked(True)

        self.kindRow.addWidget(self.hard)

        self.zacht = QRadioButton(RosterPoolDialog)
        self.zacht.setObjectName(u"zacht")

        self.kindRow.addWidget(self.zacht)

        self.kindStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindRow.addItem(self.kindStretch)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.kindRow)

        self.handoverLabel = QLabel(RosterPoolDialog)
        self.handoverLabel.setObjectName(u"handoverLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.handoverLabel)

        self.handoverRow = QHBoxLayout()
        self.handoverRow.setObjectName(u"handoverRow")
        self.handoverDay = QComboBox(RosterPoolDialog)
        self.handoverDay.setObjectName(u"handoverDay")

        self.handoverRow.addWidget(self.handoverDay)

        self.atLabel = QLabel(RosterPoolDialog)
        self.atLabel.setObjectName(u"atLabel")

        self.handoverRow.addWidget(self.atLabel)

        self.handoverTime = QTimeEdit(RosterPoolDialog)
        self.handoverTime.setObjectName(u"handoverTime")

        self.handoverRow.addWidget(self.handoverTime)

        self.handoverStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.handoverRow.addItem(self.handoverStretch)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.handoverRow)


        self.layout.addLayout(self.form)

        self.note = QLabel(RosterPoolDialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.layout.addWidget(self.note)

        self.error = QLabel(RosterPoolDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.error)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.stretch)

        self.buttons = QDialogButtonBox(RosterPoolDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.functionLabel.setBuddy(self.function)
        self.levelLabel.setBuddy(self.level)
        self.handoverLabel.setBuddy(self.handoverDay)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.function)
        QWidget.setTabOrder(self.function, self.level)
        QWidget.setTabOrder(self.level, self.hard)
        QWidget.setTabOrder(self.hard, self.zacht)
        QWidget.setTabOrder(self.zacht, self.handoverDay)
        QWidget.setTabOrder(self.handoverDay, self.handoverTime)
        QWidget.setTabOrder(self.handoverTime, self.buttons)

        self.retranslateUi(RosterPoolDialog)
        self.buttons.accepted.connect(RosterPoolDialog.accept)
        self.buttons.rejected.connect(RosterPoolDialog.reject)

        QMetaObject.connectSlotsByName(RosterPoolDialog)
    # setupUi

    def retranslateUi(self, RosterPoolDialog):
        RosterPoolDialog.setWindowTitle(QCoreApplication.translate("RosterPoolDialog", u"Pool", None))
        self.nameLabel.setText(QCoreApplication.translate("RosterPoolDialog", u"&Naam", None))
        self.name.setPlaceholderText(QCoreApplication.translate("RosterPoolDialog", u"bv. OvD-Bz Almere", None))
        self.functionLabel.setText(QCoreApplication.translate("RosterPoolDialog", u"&Functie", None))
        self.levelLabel.setText(QCoreApplication.translate("RosterPoolDialog", u"N&iveau", None))
        self.kindLabel.setText(QCoreApplication.translate("RosterPoolDialog", u"Soort piket", None))
        self.hard.setText(QCoreApplication.translate("RosterPoolDialog", u"&hard (weekdiensten, 24/7)", None))
        self.zacht.setText(QCoreApplication.translate("RosterPoolDialog", u"&zacht (lijst om te bellen)", None))
        self.handoverLabel.setText(QCoreApplication.translate("RosterPoolDialog", u"&Overdracht", None))
        self.atLabel.setText(QCoreApplication.translate("RosterPoolDialog", u"om", None))
        self.handoverTime.setDisplayFormat(QCoreApplication.translate("RosterPoolDialog", u"HH:mm", None))
        self.note.setStyleSheet(QCoreApplication.translate("RosterPoolDialog", u"color: #555;", None))
        self.error.setStyleSheet(QCoreApplication.translate("RosterPoolDialog", u"color: #c1121f; font-weight: 600;", None))
    # retranslateUi

