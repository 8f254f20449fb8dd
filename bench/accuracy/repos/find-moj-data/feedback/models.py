from urllib.parse import ParseResult, quote, urlparse, urlunparse

from django.conf import settings
from django.core.validators import MinLengthValidator
from django.db import models

from feedback.mixins import FeedbackMixin

RESEARCH_FEEDBACK_CHOICES = [
    (True, "Yes"),
    (False, "No"),
]


class Issue(models.Model):
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, blank=False, null=True)

    additional_info = models.TextField(
        verbose_name="Provide as much information as you can to help resolve the problem.",
        null=False,
        blank=False,
        validators=[MinLengthValidator(10)],
    )
    entity_name = models.CharField(max_length=250)
    entity_url = models.CharField(max_length=250)
    data_custodian_email = models.CharField(max_length=250)

    @property
    def encoded_entity_url(self):
        parsed_url: ParseResult = urlparse(self.entity_url)
        encoded_path: str = quote(parsed_url.path)
        encoded_entity_url: str = urlunparse(
            (
                parsed_url.scheme,
                parsed_url.netloc,
                encoded_path,
                parsed_url.params,
                parsed_url.query,
                parsed_url.fragment,
            )
        )
        return encoded_entity_url


class FeedBackYes(FeedbackMixin, models.Model):
    easy_to_find = models.BooleanField(
        null=True,
        blank=True,
        verbose_name="It was easy to find what I needed",
        default=False,
    )
    information_useful = models.BooleanField(
        null=True,
        blank=True,
        verbose_name="The information I found was useful",
        default=False,
    )
    information_easy_to_understand = models.BooleanField(
        null=True,
        blank=True,
        verbose_name="The information I found was easy to understand",
        default=False,
    )
    interested_in_research = models.BooleanField(
        null=True,
        blank=True,
        verbose_name="Are you interested in taking part in research on Find MOJ Data?",
        choices=RESEARCH_FEEDBACK_CHOICES,
    )
    something_else = models.BooleanField(
        null=True,
        blank=True,
        verbose_name="Something else",
        default=False,
    )
    what_went_well = models.CharField(
        max_length=250,
        null=True,
        blank=True,
        verbose_name="Tell us what went well",
    )


class FeedBackNo(FeedbackMixin, models.Model):
    not_clear = models.BooleanField(
        null=True,
        blank=True,
        verbose_name="It was not clear how to find what I needed",
        default=False,
    )
    information_not_available = models.BooleanField(
        null=True,
        blank=True,
        verbose_name="The information I needed did not seem to be available",
        default=False,
    )
    incomplete_information = models.BooleanField(
        null=True,
        blank=True,
        verbose_name="The information available is incomplete",
        default=False,
    )
    difficult_to_understand = models.BooleanField(
        null=True,
        blank=True,
        verbose_name="The information available is difficult to understand",
        default=False,
    )
    interested_in_research = models.BooleanField(
        null=True,
        blank=True,
        verbose_name="Are you interested in taking part in research on Find MOJ Data?",
        choices=RESEARCH_FEEDBACK_CHOICES,
    )
    something_else = models.BooleanField(
        null=True,
        blank=True,
        verbose_name="Something else",
        default=False,
    )

    what_went_wrong = models.CharField(
        max_length=250,
        null=True,
        blank=True,
        verbose_name="Tell us what was wrong",
    )


class FeedBackReport(FeedbackMixin, models.Model):
    not_working = models.BooleanField(
        null=True,
        blank=True,
        verbose_name="A link isn't working",
        default=False,
    )
    needs_fixing = models.BooleanField(
        null=True,
        blank=True,
        verbose_name="A bug needs fixing",
        default=False,
    )
    something_else = models.BooleanField(
        null=True,
        blank=True,
        verbose_name="Something else",
        default=False,
    )

    some_other_issue = models.CharField(
        max_length=250,
        null=True,
        blank=True,
        verbose_name="Tell us what the issue is",
    )
