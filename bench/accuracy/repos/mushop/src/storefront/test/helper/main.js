// help to simplify exposed modules
export * from '../../src/scripts/mu';
export * from '../../src/scripts/shop';
