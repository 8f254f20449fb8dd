package io.quarkus.sample.superheroes.hero.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class UIResourceIT extends UIResourceTests {
}
