namespace ES.Kubernetes.Reflector.Configuration;

public class ReflectorOptions
{
    public WatcherOptions? Watcher { get; set; }
}