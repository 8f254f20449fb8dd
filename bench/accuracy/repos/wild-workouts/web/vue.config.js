module.exports = {
    runtimeCompiler: true,
    devServer: {
        progress: false
    }
}