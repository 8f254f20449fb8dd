<?php

namespace Drupal\prisoner_hub_explore\Resource;

use Drupal\Core\Cache\CacheableMetadata;
use Drupal\jsonapi\ResourceResponse;
use Drupal\jsonapi_resources\Resource\EntityQueryResourceBase;
use Drupal\node\NodeInterface;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Route;

/**
 * Processes a request for exploring content.
 *
 * For more info on how this class works, see examples in
 * jsonapi_resources/tests/modules/jsonapi_resources_test/src/Resource.
 *
 * @internal
 */
class Explore extends EntityQueryResourceBase {

  /**
   * Array of content types to use in the resource.
   *
   * @var array|string[]
   */
  private static array $contentTypes = [
    'moj_radio_item',
    'page',
    'link',
    'moj_pdf_item',
    'moj_video_item',
  ];

  /**
   * Process the resource request.
   *
   * @param \Symfony\Component\HttpFoundation\Request $request
   *   The request.
   *
   * @return \Drupal\jsonapi\ResourceResponse
   *   The response.
   *
   * @throws \Drupal\Component\Plugin\Exception\InvalidPluginDefinitionException
   * @throws \Drupal\Component\Plugin\Exception\PluginNotFoundException
   */
  public function process(Request $request): ResourceResponse {
    $cacheability = new CacheableMetadata();
    $cacheability->addCacheContexts(['url.path']);

    $query = $this->getEntityQuery('node');

    $paginator = $this->getPaginatorForRequest($request);
    $paginator->applyToQuery($query, $cacheability);

    // Exclude unpublished content as this isn't added by default to the query.
    $query->condition('status', NodeInterface::PUBLISHED);

    // Add a query tag so that we can apply random sorting via
    // hook_query_TAG_alter().
    // See https://drupal.stackexchange.com/a/249153/4831
    $query->addTag('prisoner_hub_explore_sort_by_random');

    $query->condition('type', self::$contentTypes, 'IN');

    $data = $this->loadResourceObjectDataFromEntityQuery($query, $cacheability);

    $pagination_links = $paginator->getPaginationLinks($query, $cacheability, TRUE);

    $response = $this->createJsonapiResponse($data, $request, 200, [], $pagination_links);
    $response->addCacheableDependency($cacheability);

    return $response;
  }

  /**
   * {@inheritdoc}
   */
  public function getRouteResourceTypes(Route $route, string $route_name): array {
    return $this->getResourceTypesByEntityTypeId('node');
  }

}
