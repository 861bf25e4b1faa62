# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roster_anonymise.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)
class Ui_RosterAnonymiseDialog(object):
    def setupUi(self, RosterAnonymiseDialog):
        if not RosterAnonymiseDialog.objectName():
            RosterAnonymiseDialog.setObjectName(u"RosterAnonymiseDialog")
        RosterAnonymiseDialog.resize(560, 340)
        self.layout = QVBoxLayout(RosterAnonymiseDialog)
        self.layout.setObjectName(u"layout")
        self.consequences = QLabel(RosterAnonymiseDialog)
        self.consequences.setObjectName(u"consequences")
        self.consequences.setWordWrap(True)
        self.consequences.setTextFormat(Qt.RichText)
        self.consequences.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.consequences)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.reasonLabel = QLabel(RosterAnonymiseDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QLineEdit(RosterAnonymiseDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason)


        self.layout.addLayout(self.form)

        self.error = QLabel(RosterAnonymiseDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.stretch)

        self.buttons = QDialogButtonBox(RosterAnonymiseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reason, self.buttons)

        self.retranslateUi(RosterAnonymiseDialog)
        self.buttons.rejected.connect(RosterAnonymiseDialog.reject)

        QMetaObject.connectSlotsByName(RosterAnonymiseDialog)
    # setupUi

    def retranslateUi(self, RosterAnonymiseDialog):
        RosterAnonymiseDialog.setWindowTitle(QCoreApplication.translate("RosterAnonymiseDialog", u"Anonimiseren", None))
        self.reasonLabel.setText(QCoreApplication.translate("RosterAnonymiseDialog", u"&Reden", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("RosterAnonymiseDialog", u"bv. uit dienst, verzoek AVG art. 17 (zonder de naam)", None))
        self.error.setStyleSheet(QCoreApplication.translate("RosterAnonymiseDialog", u"color: #c1121f; font-weight: 600;", None))
    # retranslateUi

