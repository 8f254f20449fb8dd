-- Sequence: supplementarydatasetidseq
CREATE SEQUENCE collectionexercise.supplementarydatasetidseq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    MAXVALUE 999999999999
    CACHE 1;