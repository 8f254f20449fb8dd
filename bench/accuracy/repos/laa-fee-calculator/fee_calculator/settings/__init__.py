# -*- coding: utf-8 -*-
from .base import *
