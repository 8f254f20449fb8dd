import AppConfig from './app.config';
import AuthConfig from './auth.config';
import AwsConfig from './aws.config';
import DocConfig from './doc.config';
import MCPConfig from './mcp.config';
import RedisConfig from './redis.config';

export default [
    AppConfig,
    AwsConfig,
    RedisConfig,
    AuthConfig,
    DocConfig,
    MCPConfig,
];
