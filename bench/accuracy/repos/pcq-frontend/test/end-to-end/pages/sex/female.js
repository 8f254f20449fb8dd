'use strict';

const pageUnderTest = require('app/steps/ui/sex/index');

module.exports = function () {
    const I = this;
    I.amOnPage(pageUnderTest.getUrl());
    I.seeCurrentUrlEquals(pageUnderTest.getUrl());
    I.click('Female');
    I.click('Continue');
};
