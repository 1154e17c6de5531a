// Public surface of @prodev/auth. Apps import this library only through this file.
export {};
