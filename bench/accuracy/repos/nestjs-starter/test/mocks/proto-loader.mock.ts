export const load = jest.fn();

export const loadSync = jest.fn();

export default {
    load,
    loadSync,
};
