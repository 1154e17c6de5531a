import { Transform } from 'class-transformer';

/** `?flag=true|false` read as a boolean; any other text is left as is for `@IsBoolean()` to refuse with a 400. */
export const QueryBoolean = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value));
