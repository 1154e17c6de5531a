import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { DynamicModule, Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { RequestContextMiddleware } from './request-context';
import { readRequestId } from './request-id';

/** Paths pino replaces with "[redacted]" in every log line. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.refreshToken',
  '*.accessToken',
  '*.token',
  '*.secret',
];

/**
 * pino through nestjs-pino: JSON in production, pretty in development, silent
 * in tests by default. HTTP request logging is on for the API only.
 */
@Module({})
export class LoggingModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }

  static forRoot(options: { http: boolean }): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            // Path-to-regexp v8 syntax; the default '*' triggers Nest's legacy-route warning.
            forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
            pinoHttp: {
              level: config.log.level,
              autoLogging: options.http,
              quietReqLogger: false,
              redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
              // Same id Fastify assigned (see the API's adapter options), so logs and responses agree.
              genReqId: (req: IncomingMessage) => readRequestId(req.headers) ?? randomUUID(),
              customProps: () => ({ service: options.http ? 'api' : 'worker' }),
              serializers: {
                req: (req: { id: string; method: string; url: string }) => ({
                  id: req.id,
                  method: req.method,
                  url: req.url,
                }),
                res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
              },
              customLogLevel: (_req: IncomingMessage, res: { statusCode: number }, error?: Error) =>
                error !== undefined || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
              transport: config.log.pretty
                ? { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l' } }
                : undefined,
            },
          }),
        }),
      ],
    };
  }
}
