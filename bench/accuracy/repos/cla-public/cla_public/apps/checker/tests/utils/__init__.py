__author__ = "joshrowe"
