# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checklist_new_dialog.ui'
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
    QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ChecklistNewDialog(object):
    def setupUi(self, ChecklistNewDialog):
        if not ChecklistNewDialog.objectName():
            ChecklistNewDialog.setObjectName(u"ChecklistNewDialog")
        ChecklistNewDialog.resize(520, 240)
        self.layout = QVBoxLayout(ChecklistNewDialog)
        self.layout.setObjectName(u"layout")
        self.fields = QGridLayout()
        self.fields.setObjectName(u"fields")
        self.templateComboLabel = QLabel(ChecklistNewDialog)
        self.templateComboLabel.setObjectName(u"templateComboLabel")

        self.fields.addWidget(self.templateComboLabel, 0, 0, 1, 1)

        self.templateCombo = QComboBox(ChecklistNewDialog)
        self.templateCombo.setObjectName(u"templateCombo")

        self.fields.addWidget(self.templateCombo, 0, 1, 1, 1)

        self.eventComboLabel = QLabel(ChecklistNewDialog)
        self.eventComboLabel.setObjectName(u"eventComboLabel")

        self.fields.addWidget(self.eventComboLabel, 1, 0, 1, 1)

        self.eventCombo = QComboBox(ChecklistNewDialog)
        self.eventCombo.setObjectName(u"eventCombo")

        self.fields.addWidget(self.eventCombo, 1, 1, 1, 1)

        self.titleEditLabel = QLabel(ChecklistNewDialog)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.fields.addWidget(self.titleEditLabel, 2, 0, 1, 1)

        self.titleEdit = QLineEdit(ChecklistNewDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.fields.addWidget(self.titleEdit, 2, 1, 1, 1)

        self.reviewersEditLabel = QLabel(ChecklistNewDialog)
        self.reviewersEditLabel.setObjectName(u"reviewersEditLabel")

        self.fields.addWidget(self.reviewersEditLabel, 3, 0, 1, 1)

        self.reviewersEdit = QLineEdit(ChecklistNewDialog)
        self.reviewersEdit.setObjectName(u"reviewersEdit")

        self.fields.addWidget(self.reviewersEdit, 3, 1, 1, 1)

        self.documentsEditLabel = QLabel(ChecklistNewDialog)
        self.documentsEditLabel.setObjectName(u"documentsEditLabel")

        self.fields.addWidget(self.documentsEditLabel, 4, 0, 1, 1)

        self.documentsEdit = QLineEdit(ChecklistNewDialog)
        self.documentsEdit.setObjectName(u"documentsEdit")

        self.fields.addWidget(self.documentsEdit, 4, 1, 1, 1)


        self.layout.addLayout(self.fields)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(ChecklistNewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.templateComboLabel.setBuddy(self.templateCombo)
        self.eventComboLabel.setBuddy(self.eventCombo)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.reviewersEditLabel.setBuddy(self.reviewersEdit)
        self.documentsEditLabel.setBuddy(self.documentsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.templateCombo, self.eventCombo)
        QWidget.setTabOrder(self.eventCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.reviewersEdit)
        QWidget.setTabOrder(self.reviewersEdit, self.documentsEdit)

        self.retranslateUi(ChecklistNewDialog)
        self.buttonBox.accepted.connect(ChecklistNewDialog.accept)
        self.buttonBox.rejected.connect(ChecklistNewDialog.reject)

        QMetaObject.connectSlotsByName(ChecklistNewDialog)
    # setupUi

    def retranslateUi(self, ChecklistNewDialog):
        ChecklistNewDialog.setWindowTitle(QCoreApplication.translate("ChecklistNewDialog", u"Nieuwe toetsing", None))
        self.templateComboLabel.setText(QCoreApplication.translate("ChecklistNewDialog", u"&Sjabloon", None))
        self.eventComboLabel.setText(QCoreApplication.translate("ChecklistNewDialog", u"&Evenement", None))
        self.titleEditLabel.setText(QCoreApplication.translate("ChecklistNewDialog", u"&Titel", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("ChecklistNewDialog", u"leeg: titel van het sjabloon", None))
        self.reviewersEditLabel.setText(QCoreApplication.translate("ChecklistNewDialog", u"T&oetsers", None))
        self.reviewersEdit.setPlaceholderText(QCoreApplication.translate("ChecklistNewDialog", u"namen, gescheiden door komma's", None))
        self.documentsEditLabel.setText(QCoreApplication.translate("ChecklistNewDialog", u"&Documenten", None))
        self.documentsEdit.setPlaceholderText(QCoreApplication.translate("ChecklistNewDialog", u"getoetste documenten met versies, gescheiden door ;", None))
    # retranslateUi

