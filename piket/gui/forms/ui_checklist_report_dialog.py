# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checklist_report_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_ChecklistReportDialog(object):
    def setupUi(self, ChecklistReportDialog):
        if not ChecklistReportDialog.objectName():
            ChecklistReportDialog.setObjectName(u"ChecklistReportDialog")
        ChecklistReportDialog.resize(820, 480)
        self.layout = QVBoxLayout(ChecklistReportDialog)
        self.layout.setObjectName(u"layout")
        self.summaryLabel = QLabel(ChecklistReportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.table = QTableView(ChecklistReportDialog)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)

        self.layout.addWidget(self.table)

        self.buttonBox = QDialogButtonBox(ChecklistReportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(ChecklistReportDialog)
        self.buttonBox.rejected.connect(ChecklistReportDialog.reject)

        QMetaObject.connectSlotsByName(ChecklistReportDialog)
    # setupUi

    def retranslateUi(self, ChecklistReportDialog):
        self.summaryLabel.setText("")
        pass
    # retranslateUi

