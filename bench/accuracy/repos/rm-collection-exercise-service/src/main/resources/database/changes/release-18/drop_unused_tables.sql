DROP table collectionexercise.sampleunitgroupstate cascade ;
DROP table collectionexercise.sampleunitgroup cascade;
DROP table collectionexercise.sampleunit;
DROP table collectionexercise.sampleunittype;
