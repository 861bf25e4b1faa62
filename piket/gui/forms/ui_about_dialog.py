# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
    QHBoxLayout, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(460, 300)
        self.layout = QVBoxLayout(AboutDialog)
        self.layout.setObjectName(u"layout")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.logo = QLabel(AboutDialog)
        self.logo.setObjectName(u"logo")
        self.logo.setMinimumSize(QSize(64, 64))
        self.logo.setMaximumSize(QSize(64, 64))
        self.logo.setScaledContents(True)

        self.header.addWidget(self.logo)

        self.title = QLabel(AboutDialog)
        self.title.setObjectName(u"title")

        self.header.addWidget(self.title)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.headerSpacer)


        self.layout.addLayout(self.header)

        self.body = QLabel(AboutDialog)
        self.body.setObjectName(u"body")
        self.body.setWordWrap(True)

        self.layout.addWidget(self.body)

        self.details = QLabel(AboutDialog)
        self.details.setObjectName(u"details")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setWordWrap(True)

        self.layout.addWidget(self.details)

        self.buttons = QDialogButtonBox(AboutDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(AboutDialog)
        self.buttons.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"Over piket", None))
        self.title.setText(QCoreApplication.translate("AboutDialog", u"<h2>piket</h2>", None))
        self.body.setText(QCoreApplication.translate("AboutDialog", u"Piketroosters, het GRIP-logboek van de OvD-Bz, het evenementenadvies en de toetsing van veiligheidsplannen, in \u00e9\u00e9n lokaal bestand.", None))
    # retranslateUi

