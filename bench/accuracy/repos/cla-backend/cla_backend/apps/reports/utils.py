import glob
import os
import re
import shutil
import tempfile
from datetime import date, datetime, time, timedelta

import pyminizip
from django.core.exceptions import ImproperlyConfigured as DjangoImproperlyConfigured
from django.conf import settings
from django.db import connections, connection
from django.db.transaction import atomic
from django.db.utils import ConnectionDoesNotExist

from core.utils import remember_cwd
from legalaid.utils import diversity


def get_reports_cursor():
    if settings.TEST_MODE:
        return connection.cursor()
    try:
        return connections["reports"].cursor()
    except ConnectionDoesNotExist:
        return connection.cursor()


def set_local_time_for_query(query):
    """Sets time zone to local time for the current transaction"""
    return ("SET LOCAL TIME ZONE '{timezone}'; {query};").format(timezone=settings.TIME_ZONE, query=query)


def format_uk_postcode(value, return_invalid=None):
    """
    Normalise UK postcodes to standard display format: 'EC1A 1BB'

    - Strips whitespace
    - Validates UK postcode *shape*
    - Uppercases
    - Inserts a single space before the last 3 characters

    return_invalid:
      - None (default): return None for invalid non-empty values
      - "original": return original value unchanged
      - "stripped": return stripped+uppercased compact value
    """
    _UK_POSTCODE_RE = re.compile(r"^[A-Za-z]{1,2}[0-9][A-Za-z0-9]?[0-9][A-Za-z]{2}$")

    if value is None:
        return None

    s = value.strip()
    if s == "":
        return value

    compact = re.sub(r"\s+", "", s)

    if not _UK_POSTCODE_RE.match(compact):
        if return_invalid is None:
            return None
        if return_invalid == "original":
            return value
        if return_invalid == "stripped":
            return compact.upper()
        raise ValueError("return_invalid must be None, 'original', or 'stripped'")

    pc = compact.upper()
    return "%s %s" % (pc[:-3], pc[-3:])


class OBIEEExporter(object):
    basic_sql_files = [
        "export_auth_user.sql",
        "export_call_centre_operator.sql",
        "export_diagnosis_diagnosis_traversal.sql",
        "export_event_log_log.sql",
        "export_knowledge_base_article.sql",
        "export_knowledge_base_article_category.sql",
        "export_knowledge_base_article_category_matrix.sql",
        "export_legal_aid_adaptationdetails.sql",
        "export_legal_aid_call_centre_operator.sql",
        "export_legal_aid_case.sql",
        "export_legal_aid_case_knowledge_base_assignment.sql",
        "export_legal_aid_category.sql",
        "export_legal_aid_deductions.sql",
        "export_legal_aid_eligibility_check.sql",
        "export_legal_aid_income.sql",
        "export_legal_aid_matter_type.sql",
        "export_legal_aid_media_code.sql",
        "export_legal_aid_person.sql",
        "export_legal_aid_property.sql",
        "export_legal_aid_savings.sql",
        "export_legal_aid_third_party_details.sql",
        "export_provider_csv_upload.sql",
        "export_provider_feedback.sql",
        "export_provider_out_of_hours_rota.sql",
        "export_provider_provider.sql",
        "export_provider_provider_allocation.sql",
        "export_provider_staff.sql",
        "export_timer_timer.sql",
    ]

    no_timestamp_sql_files = ["export_auth_group.sql", "export_auth_user_groups.sql", "export_media_code_group.sql"]

    personal_details_sql_file = "export_legal_aid_personaldetails.sql"
    sql_path = os.path.join(os.path.dirname(__file__), "sql", "obiee")

    filename = "cla_database.zip"

    @property
    def full_path(self):
        return os.path.join(self.export_path, self.filename)

    def __init__(self, export_path, passphrase, dt_from=None, dt_to=None, filename=None):
        if filename:
            self.filename = filename
        self.export_path = export_path
        self.passphrase = passphrase
        self.dt_from = dt_from or ((datetime.combine(date.today(), time.min) - timedelta(days=1)).isoformat())
        self.dt_to = dt_to or (datetime.combine(date.today(), time.min).isoformat())
        self.tmp_export_path = tempfile.mkdtemp()

    def export(self):
        self.export_basic_tables()
        self.export_no_timestamp_tables()
        self.export_personal_details()

        self.generate_zip()
        if os.path.exists(self.full_path):
            return self.full_path

    def export_basic_tables(self):
        for sql in self.basic_sql_files:
            sql_path = os.path.join(self.sql_path, sql)
            with open(sql_path, "r") as f:
                query = f.read()

            csv_filename = self.csv_filename_from_sql_path(sql_path)
            kwargs = {"from_date": self.dt_from, "to_date": self.dt_to}

            self.execute_csv_export(csv_filename, query, kwargs)

    def export_no_timestamp_tables(self):
        for sql in self.no_timestamp_sql_files:
            sql_path = os.path.join(self.sql_path, sql)
            with open(sql_path, "r") as f:
                query = f.read()

            csv_filename = self.csv_filename_from_sql_path(sql_path)

            self.execute_csv_export(csv_filename, query)

    def export_personal_details(self):
        sql_path = os.path.join(self.sql_path, self.personal_details_sql_file)
        with open(sql_path, "r") as f:
            query = f.read()
            de = "pgp_pub_decrypt(diversity, dearmor('{key}'), %(passphrase)s)::json".format(
                key=diversity.get_private_key()
            )
            query = query.format(diversity_expression=de)

        csv_filename = self.csv_filename_from_sql_path(self.personal_details_sql_file)
        kwargs = {"passphrase": self.passphrase, "from_date": self.dt_from, "to_date": self.dt_to}

        self.execute_csv_export(csv_filename, query, kwargs)

    def execute_csv_export(self, filename, query, kwargs=None):
        if not kwargs:
            kwargs = {}

        with open(os.path.join(self.tmp_export_path, filename), "w") as d:
            with atomic():
                cursor = get_reports_cursor()
                try:
                    q = cursor.mogrify(set_local_time_for_query(query), kwargs)
                    cursor.copy_expert(q, d)
                finally:
                    cursor.close()

    def csv_filename_from_sql_path(self, filename):
        filename = filename.split("/")[-1]
        return filename.replace("export_", "").replace(".sql", ".csv")

    def generate_zip(self):
        if not settings.OBIEE_ZIP_PASSWORD:
            raise DjangoImproperlyConfigured("OBIEE zip password must be set.")
        with remember_cwd():
            try:
                os.chdir(self.tmp_export_path)
                pyminizip.compress_multiple(glob.glob("*.csv"), [], self.filename, settings.OBIEE_ZIP_PASSWORD, 9)
                shutil.move(
                    "%s/%s" % (self.tmp_export_path, self.filename), "%s/%s" % (self.export_path, self.filename)
                )
            finally:
                shutil.rmtree(self.tmp_export_path)

    def close(self):
        if os.path.exists(self.full_path):
            os.remove(self.full_path)
        if os.path.exists(self.tmp_export_path):
            shutil.rmtree(self.tmp_export_path)
