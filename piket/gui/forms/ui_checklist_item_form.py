# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checklist_item_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ChecklistItemForm(object):
    def setupUi(self, ChecklistItemForm):
        if not ChecklistItemForm.objectName():
            ChecklistItemForm.setObjectName(u"ChecklistItemForm")
        ChecklistItemForm.resize(640, 620)
        self.layout = QVBoxLayout(ChecklistItemForm)
        self.layout.setObjectName(u"layout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.codeLabel = QLabel(ChecklistItemForm)
        self.codeLabel.setObjectName(u"codeLabel")

        self.headerLayout.addWidget(self.codeLabel)

        self.themeLabel = QLabel(ChecklistItemForm)
        self.themeLabel.setObjectName(u"themeLabel")

        self.headerLayout.addWidget(self.themeLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.confidentialBadge = QLabel(ChecklistItemForm)
        self.confidentialBadge.setObjectName(u"confidentialBadge")

        self.headerLayout.addWidget(self.confidentialBadge)


        self.layout.addLayout(self.headerLayout)

        self.questionLabel = QLabel(ChecklistItemForm)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setWordWrap(True)
        self.questionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.questionLabel)

        self.guidanceLabel = QLabel(ChecklistItemForm)
        self.guidanceLabel.setObjectName(u"guidanceLabel")
        self.guidanceLabel.setWordWrap(True)
        self.guidanceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.guidanceLabel)

        self.verdictLayout = QHBoxLayout()
        self.verdictLayout.setObjectName(u"verdictLayout")
        self.verdictOpen = QPushButton(ChecklistItemForm)
        self.verdictOpen.setObjectName(u"verdictOpen")
        self.verdictOpen.setCheckable(True)
        self.verdictOpen.setAutoExclusive(True)
        self.verdictOpen.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.verdictLayout.addWidget(self.verdictOpen)

        self.verdictVoldoet = QPushButton(ChecklistItemForm)
        self.verdictVoldoet.setObjectName(u"verdictVoldoet")
        self.verdictVoldoet.setCheckable(True)
        self.verdictVoldoet.setAutoExclusive(True)
        self.verdictVoldoet.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.verdictLayout.addWidget(self.verdictVoldoet)

        self.verdictDeels = QPushButton(ChecklistItemForm)
        self.verdictDeels.setObjectName(u"verdictDeels")
        self.verdictDeels.setCheckable(True)
        self.verdictDeels.setAutoExclusive(True)
        self.verdictDeels.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.verdictLayout.addWidget(self.verdictDeels)

        self.verdictVoldoetNiet = QPushButton(ChecklistItemForm)
        self.verdictVoldoetNiet.setObjectName(u"verdictVoldoetNiet")
        self.verdictVoldoetNiet.setCheckable(True)
        self.verdictVoldoetNiet.setAutoExclusive(True)
        self.verdictVoldoetNiet.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.verdictLayout.addWidget(self.verdictVoldoetNiet)

        self.verdictOnvoldoendeInfo = QPushButton(ChecklistItemForm)
        self.verdictOnvoldoendeInfo.setObjectName(u"verdictOnvoldoendeInfo")
        self.verdictOnvoldoendeInfo.setCheckable(True)
        self.verdictOnvoldoendeInfo.setAutoExclusive(True)
        self.verdictOnvoldoendeInfo.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.verdictLayout.addWidget(self.verdictOnvoldoendeInfo)

        self.verdictNvt = QPushButton(ChecklistItemForm)
        self.verdictNvt.setObjectName(u"verdictNvt")
        self.verdictNvt.setCheckable(True)
        self.verdictNvt.setAutoExclusive(True)
        self.verdictNvt.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.verdictLayout.addWidget(self.verdictNvt)


        self.layout.addLayout(self.verdictLayout)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.findingEditLabel = QLabel(ChecklistItemForm)
        self.findingEditLabel.setObjectName(u"findingEditLabel")

        self.fieldsLayout.addWidget(self.findingEditLabel, 0, 0, 1, 1)

        self.findingEdit = QPlainTextEdit(ChecklistItemForm)
        self.findingEdit.setObjectName(u"findingEdit")
        self.findingEdit.setTabChangesFocus(True)
        self.findingEdit.setMaximumSize(QSize(16777215, 70))

        self.fieldsLayout.addWidget(self.findingEdit, 0, 1, 1, 1)

        self.documentEditLabel = QLabel(ChecklistItemForm)
        self.documentEditLabel.setObjectName(u"documentEditLabel")

        self.fieldsLayout.addWidget(self.documentEditLabel, 1, 0, 1, 1)

        self.referenceLayout = QHBoxLayout()
        self.referenceLayout.setObjectName(u"referenceLayout")
        self.documentEdit = QLineEdit(ChecklistItemForm)
        self.documentEdit.setObjectName(u"documentEdit")

        self.referenceLayout.addWidget(self.documentEdit)

        self.pageEdit = QLineEdit(ChecklistItemForm)
        self.pageEdit.setObjectName(u"pageEdit")

        self.referenceLayout.addWidget(self.pageEdit)


        self.fieldsLayout.addLayout(self.referenceLayout, 1, 1, 1, 1)

        self.adviceEditLabel = QLabel(ChecklistItemForm)
        self.adviceEditLabel.setObjectName(u"adviceEditLabel")

        self.fieldsLayout.addWidget(self.adviceEditLabel, 2, 0, 1, 1)

        self.adviceEdit = QPlainTextEdit(ChecklistItemForm)
        self.adviceEdit.setObjectName(u"adviceEdit")
        self.adviceEdit.setTabChangesFocus(True)
        self.adviceEdit.setMaximumSize(QSize(16777215, 60))

        self.fieldsLayout.addWidget(self.adviceEdit, 2, 1, 1, 1)

        self.disciplineComboLabel = QLabel(ChecklistItemForm)
        self.disciplineComboLabel.setObjectName(u"disciplineComboLabel")

        self.fieldsLayout.addWidget(self.disciplineComboLabel, 3, 0, 1, 1)

        self.disciplineCombo = QComboBox(ChecklistItemForm)
        self.disciplineCombo.setObjectName(u"disciplineCombo")

        self.fieldsLayout.addWidget(self.disciplineCombo, 3, 1, 1, 1)

        self.decisionComboLabel = QLabel(ChecklistItemForm)
        self.decisionComboLabel.setObjectName(u"decisionComboLabel")

        self.fieldsLayout.addWidget(self.decisionComboLabel, 4, 0, 1, 1)

        self.decisionLayout = QHBoxLayout()
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.decisionCombo = QComboBox(ChecklistItemForm)
        self.decisionCombo.setObjectName(u"decisionCombo")

        self.decisionLayout.addWidget(self.decisionCombo)

        self.reasonEdit = QLineEdit(ChecklistItemForm)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.decisionLayout.addWidget(self.reasonEdit)


        self.fieldsLayout.addLayout(self.decisionLayout, 4, 1, 1, 1)

        self.conditionEditLabel = QLabel(ChecklistItemForm)
        self.conditionEditLabel.setObjectName(u"conditionEditLabel")

        self.fieldsLayout.addWidget(self.conditionEditLabel, 5, 0, 1, 1)

        self.conditionEdit = QPlainTextEdit(ChecklistItemForm)
        self.conditionEdit.setObjectName(u"conditionEdit")
        self.conditionEdit.setTabChangesFocus(True)
        self.conditionEdit.setMaximumSize(QSize(16777215, 60))

        self.fieldsLayout.addWidget(self.conditionEdit, 5, 1, 1, 1)

        self.planChangeEditLabel = QLabel(ChecklistItemForm)
        self.planChangeEditLabel.setObjectName(u"planChangeEditLabel")

        self.fieldsLayout.addWidget(self.planChangeEditLabel, 6, 0, 1, 1)

        self.planChangeEdit = QLineEdit(ChecklistItemForm)
        self.planChangeEdit.setObjectName(u"planChangeEdit")

        self.fieldsLayout.addWidget(self.planChangeEdit, 6, 1, 1, 1)

        self.verificationEditLabel = QLabel(ChecklistItemForm)
        self.verificationEditLabel.setObjectName(u"verificationEditLabel")

        self.fieldsLayout.addWidget(self.verificationEditLabel, 7, 0, 1, 1)

        self.verificationEdit = QLineEdit(ChecklistItemForm)
        self.verificationEdit.setObjectName(u"verificationEdit")

        self.fieldsLayout.addWidget(self.verificationEdit, 7, 1, 1, 1)

        self.confidentialCheck = QCheckBox(ChecklistItemForm)
        self.confidentialCheck.setObjectName(u"confidentialCheck")

        self.fieldsLayout.addWidget(self.confidentialCheck, 8, 1, 1, 1)


        self.layout.addLayout(self.fieldsLayout)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.metaLabel = QLabel(ChecklistItemForm)
        self.metaLabel.setObjectName(u"metaLabel")

        self.footerLayout.addWidget(self.metaLabel)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.historyButton = QPushButton(ChecklistItemForm)
        self.historyButton.setObjectName(u"historyButton")

        self.footerLayout.addWidget(self.historyButton)

        self.saveButton = QPushButton(ChecklistItemForm)
        self.saveButton.setObjectName(u"saveButton")

        self.footerLayout.addWidget(self.saveButton)


        self.layout.addLayout(self.footerLayout)

#if QT_CONFIG(shortcut)
        self.findingEditLabel.setBuddy(self.findingEdit)
        self.documentEditLabel.setBuddy(self.documentEdit)
        self.adviceEditLabel.setBuddy(self.adviceEdit)
        self.disciplineComboLabel.setBuddy(self.disciplineCombo)
        self.decisionComboLabel.setBuddy(self.decisionCombo)
        self.conditionEditLabel.setBuddy(self.conditionEdit)
        self.planChangeEditLabel.setBuddy(self.planChangeEdit)
        self.verificationEditLabel.setBuddy(self.verificationEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.findingEdit, self.documentEdit)
        QWidget.setTabOrder(self.documentEdit, self.pageEdit)
        QWidget.setTabOrder(self.pageEdit, self.adviceEdit)
        QWidget.setTabOrder(self.adviceEdit, self.disciplineCombo)
        QWidget.setTabOrder(self.disciplineCombo, self.decisionCombo)
        QWidget.setTabOrder(self.decisionCombo, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.conditionEdit)
        QWidget.setTabOrder(self.conditionEdit, self.planChangeEdit)
        QWidget.setTabOrder(self.planChangeEdit, self.verificationEdit)
        QWidget.setTabOrder(self.verificationEdit, self.confidentialCheck)
        QWidget.setTabOrder(self.confidentialCheck, self.historyButton)
        QWidget.setTabOrder(self.historyButton, self.saveButton)

        self.retranslateUi(ChecklistItemForm)

        QMetaObject.connectSlotsByName(ChecklistItemForm)
    # setupUi

    def retranslateUi(self, ChecklistItemForm):
        self.codeLabel.setText("")
        self.codeLabel.setStyleSheet(QCoreApplication.translate("ChecklistItemForm", u"font-size: 15px; font-weight: 600; color: #1d3557;", None))
        self.themeLabel.setText("")
        self.themeLabel.setStyleSheet(QCoreApplication.translate("ChecklistItemForm", u"color: #555;", None))
        self.confidentialBadge.setText(QCoreApplication.translate("ChecklistItemForm", u"VERTROUWELIJK", None))
        self.confidentialBadge.setStyleSheet(QCoreApplication.translate("ChecklistItemForm", u"background: #e63946; color: white; font-weight: 600; padding: 2px 6px; border-radius: 3px;", None))
        self.questionLabel.setText("")
        self.questionLabel.setStyleSheet(QCoreApplication.translate("ChecklistItemForm", u"font-size: 14px; font-weight: 600;", None))
        self.guidanceLabel.setText("")
        self.guidanceLabel.setStyleSheet(QCoreApplication.translate("ChecklistItemForm", u"color: #4a5568; background: #eef2f7; padding: 6px; border-radius: 3px;", None))
        self.verdictOpen.setText(QCoreApplication.translate("ChecklistItemForm", u"0 Open", None))
#if QT_CONFIG(tooltip)
        self.verdictOpen.setToolTip(QCoreApplication.translate("ChecklistItemForm", u"Item weer open zetten (0)", None))
#endif // QT_CONFIG(tooltip)
        self.verdictVoldoet.setText(QCoreApplication.translate("ChecklistItemForm", u"1 Voldoet", None))
#if QT_CONFIG(tooltip)
        self.verdictVoldoet.setToolTip(QCoreApplication.translate("ChecklistItemForm", u"Voldoet (1)", None))
#endif // QT_CONFIG(tooltip)
        self.verdictDeels.setText(QCoreApplication.translate("ChecklistItemForm", u"2 Deels", None))
#if QT_CONFIG(tooltip)
        self.verdictDeels.setToolTip(QCoreApplication.translate("ChecklistItemForm", u"Voldoet deels (2)", None))
#endif // QT_CONFIG(tooltip)
        self.verdictVoldoetNiet.setText(QCoreApplication.translate("ChecklistItemForm", u"3 Voldoet niet", None))
#if QT_CONFIG(tooltip)
        self.verdictVoldoetNiet.setToolTip(QCoreApplication.translate("ChecklistItemForm", u"Voldoet niet (3)", None))
#endif // QT_CONFIG(tooltip)
        self.verdictOnvoldoendeInfo.setText(QCoreApplication.translate("ChecklistItemForm", u"4 Onv. info", None))
#if QT_CONFIG(tooltip)
        self.verdictOnvoldoendeInfo.setToolTip(QCoreApplication.translate("ChecklistItemForm", u"Onvoldoende informatie (4)", None))
#endif // QT_CONFIG(tooltip)
        self.verdictNvt.setText(QCoreApplication.translate("ChecklistItemForm", u"5 N.v.t.", None))
#if QT_CONFIG(tooltip)
        self.verdictNvt.setToolTip(QCoreApplication.translate("ChecklistItemForm", u"Niet van toepassing (5)", None))
#endif // QT_CONFIG(tooltip)
        self.findingEditLabel.setText(QCoreApplication.translate("ChecklistItemForm", u"Bev&inding", None))
        self.findingEdit.setPlaceholderText(QCoreApplication.translate("ChecklistItemForm", u"Wat staat er (niet) in het plan?", None))
        self.documentEditLabel.setText(QCoreApplication.translate("ChecklistItemForm", u"Ver&wijzing", None))
        self.documentEdit.setPlaceholderText(QCoreApplication.translate("ChecklistItemForm", u"document en versie, bv. Veiligheidsplan v3.0", None))
        self.pageEdit.setPlaceholderText(QCoreApplication.translate("ChecklistItemForm", u"pagina of \u00a7", None))
        self.adviceEditLabel.setText(QCoreApplication.translate("ChecklistItemForm", u"&Advies", None))
        self.adviceEdit.setPlaceholderText(QCoreApplication.translate("ChecklistItemForm", u"Advies aan de vergunningverlener", None))
        self.disciplineComboLabel.setText(QCoreApplication.translate("ChecklistItemForm", u"A&dviseur", None))
        self.decisionComboLabel.setText(QCoreApplication.translate("ChecklistItemForm", u"Be&sluit", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ChecklistItemForm", u"reden (verplicht bij afwijzen)", None))
        self.conditionEditLabel.setText(QCoreApplication.translate("ChecklistItemForm", u"&Voorschrift", None))
        self.conditionEdit.setPlaceholderText(QCoreApplication.translate("ChecklistItemForm", u"Voorgesteld vergunningsvoorschrift", None))
        self.planChangeEditLabel.setText(QCoreApplication.translate("ChecklistItemForm", u"&Planwijziging", None))
        self.planChangeEdit.setPlaceholderText(QCoreApplication.translate("ChecklistItemForm", u"document en versie waarin het plan is aangepast", None))
        self.verificationEditLabel.setText(QCoreApplication.translate("ChecklistItemForm", u"Ve&rificatie", None))
        self.verificationEdit.setPlaceholderText(QCoreApplication.translate("ChecklistItemForm", u"wie controleert wanneer (volgende versie, tijdens evenement)", None))
        self.confidentialCheck.setText(QCoreApplication.translate("ChecklistItemForm", u"Vertrouwe&lijk: niet in de openbare versie", None))
        self.metaLabel.setText("")
        self.metaLabel.setStyleSheet(QCoreApplication.translate("ChecklistItemForm", u"color: #666;", None))
        self.historyButton.setText(QCoreApplication.translate("ChecklistItemForm", u"&Geschiedenis\u2026", None))
#if QT_CONFIG(tooltip)
        self.historyButton.setToolTip(QCoreApplication.translate("ChecklistItemForm", u"Alle wijzigingen van dit item (Ctrl+H)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("ChecklistItemForm", u"Opslaan", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("ChecklistItemForm", u"Opslaan (Ctrl+S); Ctrl+Enter slaat op en gaat naar het volgende item", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

