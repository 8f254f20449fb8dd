package io.quarkus.sample.superheroes.villain.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class UIResourceIT extends UIResourceTests {
}
