

export type Locations = {
    Locations: Location[],
    TitleSuffix: string,
}

export type Location = {
    id: number,
    name: string,
    coordinates: string,
}