# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'logbook_affected.ui'
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
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LogbookAffectedDialog(object):
    def setupUi(self, LogbookAffectedDialog):
        if not LogbookAffectedDialog.objectName():
            LogbookAffectedDialog.setObjectName(u"LogbookAffectedDialog")
        LogbookAffectedDialog.resize(580, 330)
        self.layout = QVBoxLayout(LogbookAffectedDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(LogbookAffectedDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.counts = QGridLayout()
        self.counts.setObjectName(u"counts")
        self.counts.setHorizontalSpacing(12)
        self.noteEditLabel = QLabel(LogbookAffectedDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.counts.addWidget(self.noteEditLabel, 90, 0, 1, 1)

        self.noteEdit = QLineEdit(LogbookAffectedDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(2000)

        self.counts.addWidget(self.noteEdit, 90, 1, 1, 2)


        self.layout.addLayout(self.counts)

        self.error = QLabel(LogbookAffectedDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.error)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.stretch)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.keysLabel = QLabel(LogbookAffectedDialog)
        self.keysLabel.setObjectName(u"keysLabel")

        self.bottom.addWidget(self.keysLabel)

        self.buttonBox = QDialogButtonBox(LogbookAffectedDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.bottom.addWidget(self.buttonBox)


        self.layout.addLayout(self.bottom)

#if QT_CONFIG(shortcut)
        self.noteEditLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.noteEdit, self.buttonBox)

        self.retranslateUi(LogbookAffectedDialog)
        self.buttonBox.accepted.connect(LogbookAffectedDialog.accept)
        self.buttonBox.rejected.connect(LogbookAffectedDialog.reject)

        QMetaObject.connectSlotsByName(LogbookAffectedDialog)
    # setupUi

    def retranslateUi(self, LogbookAffectedDialog):
        LogbookAffectedDialog.setWindowTitle(QCoreApplication.translate("LogbookAffectedDialog", u"Getroffenen", None))
        self.intro.setText(QCoreApplication.translate("LogbookAffectedDialog", u"Aantallen, nooit namen. Pas alleen aan wat veranderd is; de andere aantallen blijven staan.", None))
        self.intro.setStyleSheet(QCoreApplication.translate("LogbookAffectedDialog", u"color: #555;", None))
        self.noteEditLabel.setText(QCoreApplication.translate("LogbookAffectedDialog", u"&Toelichting", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("LogbookAffectedDialog", u"optioneel: bron, wie telde (geen namen)", None))
        self.error.setStyleSheet(QCoreApplication.translate("LogbookAffectedDialog", u"color: #c1121f; font-weight: 600;", None))
        self.keysLabel.setText(QCoreApplication.translate("LogbookAffectedDialog", u"Enter: volgend veld \u00b7 Ctrl+Enter: vastleggen \u00b7 Esc: annuleren", None))
        self.keysLabel.setStyleSheet(QCoreApplication.translate("LogbookAffectedDialog", u"color: #555;", None))
    # retranslateUi

