# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'events_advice.ui'
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
    QDialogButtonBox, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_AdviceDialog(object):
    def setupUi(self, AdviceDialog):
        if not AdviceDialog.objectName():
            AdviceDialog.setObjectName(u"AdviceDialog")
        AdviceDialog.resize(980, 700)
        self.layout = QVBoxLayout(AdviceDialog)
        self.layout.setObjectName(u"layout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.versionLabel = QLabel(AdviceDialog)
        self.versionLabel.setObjectName(u"versionLabel")

        self.top.addWidget(self.versionLabel)

        self.version = QComboBox(AdviceDialog)
        self.version.setObjectName(u"version")

        self.top.addWidget(self.version)

        self.state = QLabel(AdviceDialog)
        self.state.setObjectName(u"state")

        self.top.addWidget(self.state)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.spacer)

        self.newVersion = QPushButton(AdviceDialog)
        self.newVersion.setObjectName(u"newVersion")

        self.top.addWidget(self.newVersion)

        self.send = QPushButton(AdviceDialog)
        self.send.setObjectName(u"send")

        self.top.addWidget(self.send)

        self.pdf = QPushButton(AdviceDialog)
        self.pdf.setObjectName(u"pdf")

        self.top.addWidget(self.pdf)


        self.layout.addLayout(self.top)

        self.middle = QHBoxLayout()
        self.middle.setObjectName(u"middle")
        self.sections = QListWidget(AdviceDialog)
        self.sections.setObjectName(u"sections")
        self.sections.setMaximumSize(QSize(230, 16777215))

        self.middle.addWidget(self.sections)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setObjectName(u"rightLayout")
        self.sectionTitle = QLabel(AdviceDialog)
        self.sectionTitle.setObjectName(u"sectionTitle")

        self.rightLayout.addWidget(self.sectionTitle)

        self.text = QPlainTextEdit(AdviceDialog)
        self.text.setObjectName(u"text")
        self.text.setTabChangesFocus(True)

        self.rightLayout.addWidget(self.text)

        self.conditionsLayout = QVBoxLayout()
        self.conditionsLayout.setObjectName(u"conditionsLayout")
        self.conditionsLabel = QLabel(AdviceDialog)
        self.conditionsLabel.setObjectName(u"conditionsLabel")

        self.conditionsLayout.addWidget(self.conditionsLabel)

        self.conditions = QListWidget(AdviceDialog)
        self.conditions.setObjectName(u"conditions")
        self.conditions.setAlternatingRowColors(True)
        self.conditions.setWordWrap(True)

        self.conditionsLayout.addWidget(self.conditions)

        self.conditionButtons = QHBoxLayout()
        self.conditionButtons.setObjectName(u"conditionButtons")
        self.addCondition = QPushButton(AdviceDialog)
        self.addCondition.setObjectName(u"addCondition")

        self.conditionButtons.addWidget(self.addCondition)

        self.removeCondition = QPushButton(AdviceDialog)
        self.removeCondition.setObjectName(u"removeCondition")

        self.conditionButtons.addWidget(self.removeCondition)

        self.spacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.conditionButtons.addItem(self.spacer2)


        self.conditionsLayout.addLayout(self.conditionButtons)


        self.rightLayout.addLayout(self.conditionsLayout)


        self.middle.addLayout(self.rightLayout)


        self.layout.addLayout(self.middle)

        self.buttons = QDialogButtonBox(AdviceDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.versionLabel.setBuddy(self.version)
        self.conditionsLabel.setBuddy(self.conditions)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.version, self.sections)
        QWidget.setTabOrder(self.sections, self.text)
        QWidget.setTabOrder(self.text, self.conditions)
        QWidget.setTabOrder(self.conditions, self.addCondition)
        QWidget.setTabOrder(self.addCondition, self.removeCondition)
        QWidget.setTabOrder(self.removeCondition, self.newVersion)
        QWidget.setTabOrder(self.newVersion, self.send)
        QWidget.setTabOrder(self.send, self.pdf)
        QWidget.setTabOrder(self.pdf, self.buttons)

        self.retranslateUi(AdviceDialog)
        self.buttons.accepted.connect(AdviceDialog.accept)
        self.buttons.rejected.connect(AdviceDialog.reject)

        QMetaObject.connectSlotsByName(AdviceDialog)
    # setupUi

    def retranslateUi(self, AdviceDialog):
        AdviceDialog.setWindowTitle(QCoreApplication.translate("AdviceDialog", u"Risicoadvies", None))
        self.versionLabel.setText(QCoreApplication.translate("AdviceDialog", u"&Versie", None))
        self.newVersion.setText(QCoreApplication.translate("AdviceDialog", u"&Nieuwe versie", None))
        self.send.setText(QCoreApplication.translate("AdviceDialog", u"Ver&zenden en bevriezen", None))
        self.pdf.setText(QCoreApplication.translate("AdviceDialog", u"&PDF\u2026", None))
        self.conditionsLabel.setText(QCoreApplication.translate("AdviceDialog", u"Vergunningsvoorschri&ften (dubbelklik of F2 om te bewerken)", None))
        self.addCondition.setText(QCoreApplication.translate("AdviceDialog", u"Voorschrift &toevoegen", None))
        self.removeCondition.setText(QCoreApplication.translate("AdviceDialog", u"Voorschrift ve&rwijderen", None))
    # retranslateUi

