'use strict';

const AgeCheck = {
    GreaterThanEighteen: 0,
    SixteenToEighteen: 1,
    LessThanSixteen: 2
};

module.exports = AgeCheck;
