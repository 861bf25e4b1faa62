# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'logbook_incident_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QGridLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_LogbookIncidentDialog(object):
    def setupUi(self, LogbookIncidentDialog):
        if not LogbookIncidentDialog.objectName():
            LogbookIncidentDialog.setObjectName(u"LogbookIncidentDialog")
        LogbookIncidentDialog.resize(520, 260)
        self.layout = QVBoxLayout(LogbookIncidentDialog)
        self.layout.setObjectName(u"layout")
        self.fields = QGridLayout()
        self.fields.setObjectName(u"fields")
        self.titleEditLabel = QLabel(LogbookIncidentDialog)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.fields.addWidget(self.titleEditLabel, 0, 0, 1, 1)

        self.titleEdit = QLineEdit(LogbookIncidentDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.fields.addWidget(self.titleEdit, 0, 1, 1, 1)

        self.locationEditLabel = QLabel(LogbookIncidentDialog)
        self.locationEditLabel.setObjectName(u"locationEditLabel")

        self.fields.addWidget(self.locationEditLabel, 1, 0, 1, 1)

        self.locationEdit = QLineEdit(LogbookIncidentDialog)
        self.locationEdit.setObjectName(u"locationEdit")

        self.fields.addWidget(self.locationEdit, 1, 1, 1, 1)

        self.categoryComboLabel = QLabel(LogbookIncidentDialog)
        self.categoryComboLabel.setObjectName(u"categoryComboLabel")

        self.fields.addWidget(self.categoryComboLabel, 2, 0, 1, 1)

        self.categoryCombo = QComboBox(LogbookIncidentDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.fields.addWidget(self.categoryCombo, 2, 1, 1, 1)

        self.gripComboLabel = QLabel(LogbookIncidentDialog)
        self.gripComboLabel.setObjectName(u"gripComboLabel")

        self.fields.addWidget(self.gripComboLabel, 3, 0, 1, 1)

        self.gripCombo = QComboBox(LogbookIncidentDialog)
        self.gripCombo.setObjectName(u"gripCombo")

        self.fields.addWidget(self.gripCombo, 3, 1, 1, 1)

        self.sourceComboLabel = QLabel(LogbookIncidentDialog)
        self.sourceComboLabel.setObjectName(u"sourceComboLabel")

        self.fields.addWidget(self.sourceComboLabel, 4, 0, 1, 1)

        self.sourceCombo = QComboBox(LogbookIncidentDialog)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.fields.addWidget(self.sourceCombo, 4, 1, 1, 1)

        self.atEditLabel = QLabel(LogbookIncidentDialog)
        self.atEditLabel.setObjectName(u"atEditLabel")

        self.fields.addWidget(self.atEditLabel, 5, 0, 1, 1)

        self.atEdit = QDateTimeEdit(LogbookIncidentDialog)
        self.atEdit.setObjectName(u"atEdit")
        self.atEdit.setCalendarPopup(True)

        self.fields.addWidget(self.atEdit, 5, 1, 1, 1)


        self.layout.addLayout(self.fields)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(LogbookIncidentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.locationEditLabel.setBuddy(self.locationEdit)
        self.categoryComboLabel.setBuddy(self.categoryCombo)
        self.gripComboLabel.setBuddy(self.gripCombo)
        self.sourceComboLabel.setBuddy(self.sourceCombo)
        self.atEditLabel.setBuddy(self.atEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.locationEdit)
        QWidget.setTabOrder(self.locationEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.gripCombo)
        QWidget.setTabOrder(self.gripCombo, self.sourceCombo)
        QWidget.setTabOrder(self.sourceCombo, self.atEdit)

        self.retranslateUi(LogbookIncidentDialog)
        self.buttonBox.accepted.connect(LogbookIncidentDialog.accept)
        self.buttonBox.rejected.connect(LogbookIncidentDialog.reject)

        QMetaObject.connectSlotsByName(LogbookIncidentDialog)
    # setupUi

    def retranslateUi(self, LogbookIncidentDialog):
        LogbookIncidentDialog.setWindowTitle(QCoreApplication.translate("LogbookIncidentDialog", u"Nieuw incident", None))
        self.titleEditLabel.setText(QCoreApplication.translate("LogbookIncidentDialog", u"&Titel", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("LogbookIncidentDialog", u"wat is er aan de hand, bv. Brand containerwoning", None))
        self.locationEditLabel.setText(QCoreApplication.translate("LogbookIncidentDialog", u"&Locatie", None))
        self.locationEdit.setPlaceholderText(QCoreApplication.translate("LogbookIncidentDialog", u"straat, wijk", None))
        self.categoryComboLabel.setText(QCoreApplication.translate("LogbookIncidentDialog", u"&Categorie", None))
        self.gripComboLabel.setText(QCoreApplication.translate("LogbookIncidentDialog", u"&GRIP", None))
        self.sourceComboLabel.setText(QCoreApplication.translate("LogbookIncidentDialog", u"&Bron", None))
        self.atEditLabel.setText(QCoreApplication.translate("LogbookIncidentDialog", u"Ge&meld om", None))
        self.atEdit.setDisplayFormat(QCoreApplication.translate("LogbookIncidentDialog", u"dd-MM-yyyy HH:mm", None))
    # retranslateUi

