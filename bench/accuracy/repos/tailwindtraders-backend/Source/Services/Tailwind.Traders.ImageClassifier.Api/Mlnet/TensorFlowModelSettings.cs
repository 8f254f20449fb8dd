namespace Tailwind.Traders.ImageClassifier.Api.Mlnet
{
    public struct TensorFlowModelSettings
    {
        // input tensor name
        public const string inputTensorName = "Placeholder";

        // output tensor name
        public const string outputTensorName = "loss";
    }
}
