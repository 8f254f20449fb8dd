# coding=utf-8
from __future__ import unicode_literals

from django.db import models, migrations


class Migration(migrations.Migration):

    dependencies = [("legalaid", "0004_auto_20150803_1443")]

    operations = [
        migrations.AlterField(
            model_name="case",
            name="eod_details",
            field=models.OneToOneField(null=True, blank=True, to="legalaid.EODDetails"),
            preserve_default=True,
        )
    ]
