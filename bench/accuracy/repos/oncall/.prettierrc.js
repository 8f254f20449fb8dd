overrides: [
  {
    files: ["*.yml", "*.yaml"],
    options: {
      singleQuote: false,
    },
  },
];
