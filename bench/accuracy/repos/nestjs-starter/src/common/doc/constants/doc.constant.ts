export const DOC_RESPONSE_SERIALIZATION_META_KEY =
    'ResponseSerializationMetaKey';
export const DOC_RESPONSE_MESSAGE_META_KEY = 'ResponseMessageMetaKey';
