using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Exceptionless.Web.Utility;

/// <summary>
/// JsonConverterFactory for Delta&lt;T&gt; types to support System.Text.Json deserialization.
/// </summary>
public class DeltaJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert)
    {
        if (!typeToConvert.IsGenericType)
        {
            return false;
        }

        return typeToConvert.GetGenericTypeDefinition() == typeof(Delta<>);
    }

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var entityType = typeToConvert.GetGenericArguments()[0];
        var converterType = typeof(DeltaJsonConverter<>).MakeGenericType(entityType);

        return (JsonConverter?)Activator.CreateInstance(converterType, options);
    }
}

/// <summary>
/// JsonConverter for Delta&lt;T&gt; that reads JSON properties and sets them on the Delta instance.
/// </summary>
public class DeltaJsonConverter<TEntityType> : JsonConverter<Delta<TEntityType>> where TEntityType : class
{
    private readonly JsonSerializerOptions _options;
    private readonly Dictionary<string, string> _propertyNameMap;

    public DeltaJsonConverter(JsonSerializerOptions options)
    {
        // Create a copy without the factory to avoid infinite recursion if a Delta<T> property
        // ever appears inside another Delta<T> model.
        _options = new JsonSerializerOptions(options);
        for (int i = _options.Converters.Count - 1; i >= 0; i--)
        {
            if (_options.Converters[i] is DeltaJsonConverterFactory)
            {
                _options.Converters.RemoveAt(i);
                break;
            }
        }

        // Build a mapping from JSON property names (snake_case) to C# property names (PascalCase)
        _propertyNameMap = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var entityType = typeof(TEntityType);
        foreach (var prop in entityType.GetProperties())
        {
            // [JsonPropertyName] takes precedence over the naming policy
            var jsonPropertyNameAttr = prop.GetCustomAttribute<JsonPropertyNameAttribute>();
            string jsonName = jsonPropertyNameAttr?.Name ?? options.PropertyNamingPolicy?.ConvertName(prop.Name) ?? prop.Name;
            _propertyNameMap[jsonName] = prop.Name;
        }
    }

    public override Delta<TEntityType>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected StartObject token");
        }

        var delta = new Delta<TEntityType>(typeof(TEntityType), _options);

        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                throw new JsonException("Expected PropertyName token");
            }

            string? jsonPropertyName = reader.GetString();
            if (jsonPropertyName is null)
            {
                throw new JsonException("Property name is null");
            }

            reader.Read();

            // Convert JSON property name (snake_case) to C# property name (PascalCase)
            string propertyName = _propertyNameMap.TryGetValue(jsonPropertyName, out string? mapped)
                ? mapped
                : jsonPropertyName;

            // Try to get the property type from Delta
            if (delta.TryGetPropertyType(propertyName, out var propertyType) && propertyType is not null)
            {
                object? value = JsonSerializer.Deserialize(ref reader, propertyType, _options);
                delta.TrySetPropertyValue(propertyName, value);
            }
            else
            {
                // Unknown property - read and store as JsonElement
                var element = JsonSerializer.Deserialize<JsonElement>(ref reader, _options);
                delta.UnknownProperties[jsonPropertyName] = element;
            }
        }

        return delta;
    }

    public override void Write(Utf8JsonWriter writer, Delta<TEntityType> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();

        foreach ((string propertyName, object? propertyValue) in value.GetChangedPropertyNames()
            .Select(name => (Name: name, HasValue: value.TryGetPropertyValue(name, out object? val), Value: val))
            .Where(x => x.HasValue)
            .Select(x => (x.Name, x.Value)))
        {
            // Convert property name to snake_case if needed
            string jsonPropertyName = options.PropertyNamingPolicy?.ConvertName(propertyName) ?? propertyName;
            writer.WritePropertyName(jsonPropertyName);
            JsonSerializer.Serialize(writer, propertyValue, _options);
        }

        foreach (var kvp in value.UnknownProperties)
        {
            string jsonPropertyName = options.PropertyNamingPolicy?.ConvertName(kvp.Key) ?? kvp.Key;
            writer.WritePropertyName(jsonPropertyName);
            JsonSerializer.Serialize(writer, kvp.Value, _options);
        }

        writer.WriteEndObject();
    }
}
