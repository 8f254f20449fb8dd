export enum ENUM_FILE_ALLOWED {
    JPEG = 'jpeg',
    PNG = 'png',
}

export enum ENUM_FILE_STORE {
    USER_PROFILES = 'user-profiles',
    POST_IMAGES = 'post-images',
}
