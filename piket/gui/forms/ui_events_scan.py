# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'events_scan.ui'
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
    QLabel, QScrollArea, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ScanDialog(object):
    def setupUi(self, ScanDialog):
        if not ScanDialog.objectName():
            ScanDialog.setObjectName(u"ScanDialog")
        ScanDialog.resize(760, 680)
        self.layout = QVBoxLayout(ScanDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ScanDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.scroll = QScrollArea(ScanDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.criteriaHost = QWidget()
        self.criteriaHost.setObjectName(u"criteriaHost")
        self.scroll.setWidget(self.criteriaHost)

        self.layout.addWidget(self.scroll)

        self.result = QLabel(ScanDialog)
        self.result.setObjectName(u"result")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.RichText)

        self.layout.addWidget(self.result)

        self.buttons = QDialogButtonBox(ScanDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(ScanDialog)
        self.buttons.accepted.connect(ScanDialog.accept)
        self.buttons.rejected.connect(ScanDialog.reject)

        QMetaObject.connectSlotsByName(ScanDialog)
    # setupUi

    def retranslateUi(self, ScanDialog):
        ScanDialog.setWindowTitle(QCoreApplication.translate("ScanDialog", u"Risicoscan", None))
    # retranslateUi

