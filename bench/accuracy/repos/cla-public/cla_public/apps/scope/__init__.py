# coding: utf-8
from flask import Blueprint


scope = Blueprint("scope", __name__, url_prefix="/scope/")
