import json
import logging
from collections.abc import Sequence
from typing import Any

from datahub.configuration.common import GraphError  # pylint: disable=E0611
from datahub.ingestion.graph.client import DataHubGraph

from datahub_client.entities import (
    ALL_FILTERABLE_TAGS,
    ChartEntityMapping,
    DatabaseEntityMapping,
    FindMoJdataEntityMapper,
    SchemaEntityMapping,
    SubjectAreaTaxonomy,
    TableEntityMapping,
)
from datahub_client.exceptions import CatalogueError
from datahub_client.graphql.loader import get_graphql_query
from datahub_client.parsers import EntityParser, EntityParserFactory
from datahub_client.search.filters import map_filters
from datahub_client.search.search_types import (
    FacetOption,
    MultiSelectFilter,
    SearchFacets,
    SearchResponse,
    SortOption,
    SubjectAreaOption,
    TagItem,
)

logger = logging.getLogger(__name__)


class SearchClient:
    def __init__(self, graph: DataHubGraph):
        self.graph = graph
        self.entity_parser = EntityParser()
        self.search_query = get_graphql_query("search")
        self.facets_query = get_graphql_query("facets")
        self.list_subject_areas_query = get_graphql_query("listSubjectAreas")
        self.get_tags_query = get_graphql_query("getTags")
        self.get_entity_types_counts_query = get_graphql_query("getEntityTypeCounts")

    def get_entity_type_counts(
        self,
        query: str = "*",
        count: int = 20,
        filters: Sequence[MultiSelectFilter] | None = None,
    ) -> tuple[dict[str, int], dict[str, int]]:
        """
        This method is designed to obtain the entity type counts for the given query and filters.
        These counts should show all entity types available irrespective of the selected entity types in the search.
        We therefore do not apply any entity type filters here and must remove it if present in the filters.
        """
        if filters is not None:
            filters = map_filters(filters)
        else:
            filters = []

        variables = {
            "query": query,
            "filters": filters,
        }

        try:
            response = self.graph.execute_graphql(self.get_entity_types_counts_query, variables)
        except GraphError as e:
            raise CatalogueError("Unable to execute getEntityTypeCounts query") from e

        response = response["aggregateAcrossEntities"]

        entity_type_counts = {}
        entity_sub_type_counts = {}
        for facet in response["facets"]:
            if facet["field"] == "_entityType":
                for aggregation in facet["aggregations"]:
                    entity_type = aggregation["value"]
                    count = aggregation["count"]
                    entity_type_counts[entity_type] = count
            elif facet["field"] == "typeNames":
                for aggregation in facet["aggregations"]:
                    entity_subtype = aggregation["value"]
                    count = aggregation["count"]
                    entity_sub_type_counts[entity_subtype] = count

        return entity_type_counts, entity_sub_type_counts

    def search(
        self,
        query: str = "*",
        count: int = 20,
        page: str | None = None,
        result_types: Sequence[FindMoJdataEntityMapper] = (
            TableEntityMapping,
            ChartEntityMapping,
            DatabaseEntityMapping,
            SchemaEntityMapping,
        ),
        filters: Sequence[MultiSelectFilter] | None = None,
        sort: SortOption | None = None,
    ) -> SearchResponse:
        """
        Wraps the catalogue's search function.
        """

        if filters is None:
            filters = []

        start = 0 if page is None else int(page) * count

        entity_type_filters = [
            (
                MultiSelectFilter("_entityType", result.datahub_type.value),
                MultiSelectFilter("typeNames", result.datahub_subtypes),
            )
            for result in result_types
        ]

        formatted_filters = map_filters(filters, entity_type_filters)

        variables = {
            "count": count,
            "query": query,
            "start": start,
            "types": [],
            "filters": formatted_filters,
        }

        if sort:
            variables.update({"sort": sort.format()})

        try:
            response = self.graph.execute_graphql(self.search_query, variables)
        except GraphError as e:
            raise CatalogueError("Unable to execute search query") from e

        response = response["searchAcrossEntities"]
        if response["total"] == 0:
            return SearchResponse(total_results=0, page_results=[])

        logger.debug(json.dumps(response, indent=2))
        # Parse the search results
        page_results, malformed_result_urns = self._parse_search_results(response)

        return SearchResponse(
            total_results=response["total"],
            page_results=page_results,
            malformed_result_urns=malformed_result_urns,
            facets=self._parse_facets(response.get("facets", [])),
            tags=self._parse_dynamic_tags(response.get("facets", [])),
        )

    def _parse_dynamic_tags(self, facets: list[dict[str, Any]]) -> list[TagItem | None]:
        """Parses tags from the search response facets,
        to provide only the options of tags contained within the search results to the user.

        Args:
            facets (dict[str, Any]): List of facets from the search response.

        Returns:
            list[TagItem | None]: Returns a list of TagItem objects or None if no tags are found.
        """
        filterable = [tag.display_name for tag in ALL_FILTERABLE_TAGS]
        tags = []
        for item in facets:
            if item["field"] == "tags":
                for tag in item["aggregations"]:
                    if tag["entity"]["properties"] is not None and tag["entity"]["properties"]["name"] in filterable:
                        slug = tag["entity"]["properties"]["name"].replace(" ", "+")

                        new_tag = TagItem(
                            name=tag["entity"]["properties"]["name"],
                            slug=slug,
                            count=tag["count"],
                        )
                        tags.append(new_tag)

        return tags

    def _parse_search_results(self, response) -> tuple[list, list]:
        page_results = []
        malformed_result_urns = []
        parser_factory = EntityParserFactory()

        for result in response["searchResults"]:
            entity_urn = result["entity"]["urn"]
            try:
                parser = parser_factory.get_parser(result)
                parsed_search_result = parser.parse(result)
                page_results.append(parsed_search_result)

            except KeyError as k_e:
                logger.exception(f"Parsing for result {entity_urn} failed, unknown entity type: {k_e}")
                malformed_result_urns.append(entity_urn)
            except Exception:
                logger.exception(f"Parsing for result {entity_urn} failed")
                malformed_result_urns.append(entity_urn)

        return page_results, malformed_result_urns

    def list_subject_areas(
        self,
        query: str = "*",
        filters: Sequence[MultiSelectFilter] | None = None,
        count: int = 1000,
    ):
        formatted_filters = map_filters(filters)
        formatted_filters = formatted_filters[0]["and"]

        variables = {
            "count": count,
            "query": query,
            "filters": formatted_filters,
        }
        try:
            response = self.graph.execute_graphql(self.list_subject_areas_query, variables)
        except GraphError as e:
            raise CatalogueError("Unable to execute list domains query") from e

        response = response["aggregateAcrossEntities"]
        return self._parse_list_subject_areas(response["facets"])

    def _parse_list_subject_areas(self, facets: list[dict[str, Any]]) -> list[SubjectAreaOption]:
        """
        Iterate over all the tag values, and return values for those
        that match the top level subject areas.
        """
        subject_areas: list[SubjectAreaOption] = []

        for aggregation in facets[0]["aggregations"]:
            count = aggregation["count"]
            entity = aggregation["entity"]
            name = EntityParser.parse_name(entity)
            description = EntityParser.parse_description(entity)
            subject_area = SubjectAreaTaxonomy.get_by_name(name)
            if not subject_area:
                continue

            subject_areas.append(SubjectAreaOption(subject_area.urn, name, description, count))

        return sorted(subject_areas, key=lambda s: s.name)

    def _parse_facets(self, facets: list[dict[str, Any]]) -> SearchFacets:
        """
        Parse the facets and aggregate information from the query results
        """
        results = {}
        for facet in facets:
            field = facet["field"]
            if field not in ("domains", "tags", "customProperties"):
                continue

            options = []
            for aggregate in facet["aggregations"]:
                value = aggregate["value"]
                count = aggregate["count"]
                entity = aggregate.get("entity") or {}
                properties = entity.get("properties") or {}
                label = properties.get("name", value)
                options.append(FacetOption(value=value, label=label, count=count))

            results[field] = options

        return SearchFacets(results)

    def get_tags(self, count: int = 2000):
        """
        gets a list of tag urns from datahub.

        If the total tags in datahub is more
        than 2000 (we have too many tags) but the count should be increased to get
        all tags
        """
        variables = {"count": count}
        try:
            response = self.graph.execute_graphql(self.get_tags_query, variables)
        except GraphError as e:
            raise CatalogueError("Unable to execute getTags query") from e

        response = response["searchAcrossEntities"]
        logger.debug(json.dumps(response, indent=2))

        return self._parse_global_tags(response)

    def _parse_global_tags(self, tag_query_results) -> list[tuple[str, str]]:
        """parse results of get tags query"""

        # name properties of tags are often not set, i.e. all those from dbt
        # so better to get tag name from tag urn.
        tags_list = [
            (tag["entity"]["urn"].replace("urn:li:tag:", ""), tag["entity"]["urn"])
            for tag in tag_query_results["searchResults"]
        ]
        return tags_list
