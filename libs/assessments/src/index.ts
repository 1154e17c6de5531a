// Public surface of @prodev/assessments. Apps import this library only through this file.
export {};
