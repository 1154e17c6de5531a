// Public surface of @prodev/curriculum. Apps import this library only through this file.
export {};
